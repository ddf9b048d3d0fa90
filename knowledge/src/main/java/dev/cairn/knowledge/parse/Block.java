package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.Objects;

/**
 * One paragraph-like unit of text (a paragraph, list item, table row, heading-less line group) and where it is.
 * Consecutive blocks with the same location form a section; chunkers never merge across sections.
 *
 * @param location page, slide, sheet or heading path
 * @param text     the text, trimmed, never blank
 */
public record Block(Location location, String text) {
    public Block {
        Objects.requireNonNull(location, "location");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }
}
