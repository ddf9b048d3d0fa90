package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Gathers blocks in reading order, stamping each with the location the parser is currently at. */
final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private Location location = Location.none();

    void moveTo(Location location) {
        this.location = location;
    }

    /** Adds one block per paragraph of {@code text}; blank text adds nothing. */
    void addParagraphs(CharSequence text) {
        Paragraphs.split(text).forEach(this::add);
    }

    /** Adds one block per paragraph of preformatted {@code text}, keeping its line breaks. */
    void addPreformatted(CharSequence text) {
        Paragraphs.splitKeepingLines(text).forEach(this::add);
    }

    /** Adds {@code text} as a single block, on one line; blank text adds nothing. */
    void addLine(CharSequence text) {
        String line = Paragraphs.collapse(text);
        if (!line.isEmpty()) {
            add(line);
        }
    }

    /** Adds one spreadsheet row, numbered as the spreadsheet shows it, as a single block; blank text adds nothing. */
    void addRow(CharSequence text, int row) {
        String line = Paragraphs.collapse(text);
        if (!line.isEmpty()) {
            blocks.add(new Block(location, line, OptionalInt.of(row)));
        }
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private void add(String text) {
        blocks.add(new Block(location, text));
    }
}
