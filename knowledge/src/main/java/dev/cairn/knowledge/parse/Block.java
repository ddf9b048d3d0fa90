package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One paragraph-like unit of text (a paragraph, list item, table row, heading-less line group) and where it is.
 * Consecutive blocks with the same location form a section; chunkers never merge across sections.
 *
 * @param location page, slide, sheet or heading path
 * @param text     the text, trimmed, never blank
 * @param row      for a spreadsheet or CSV row, its number as the spreadsheet shows it (the header row being 1 when
 *                 the table starts at the top); empty for any other text
 */
public record Block(Location location, String text, OptionalInt row) {
    public Block {
        Objects.requireNonNull(location, "location");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        Objects.requireNonNull(row, "row");
        if (row.isPresent() && row.getAsInt() < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row.getAsInt());
        }
    }

    /** A block that is not a spreadsheet row. */
    public Block(Location location, String text) {
        this(location, text, OptionalInt.empty());
    }
}
