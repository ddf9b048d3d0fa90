package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import dev.cairn.knowledge.parse.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Consecutive blocks with one location (a page, slide, sheet or heading path): the unit no passage crosses.
 *
 * @param texts the blocks' texts
 * @param rows  the blocks' spreadsheet rows, one per text (empty for text that is not a row)
 */
record Section(Location location, List<String> texts, List<OptionalInt> rows) {

    /** The sections of a document's blocks, in order. */
    static List<Section> of(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        Location current = null;
        List<String> texts = new ArrayList<>();
        List<OptionalInt> rows = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.location().equals(current) && !texts.isEmpty()) {
                sections.add(new Section(current, List.copyOf(texts), List.copyOf(rows)));
                texts.clear();
                rows.clear();
            }
            current = block.location();
            texts.add(block.text());
            rows.add(block.row());
        }
        if (!texts.isEmpty()) {
            sections.add(new Section(current, List.copyOf(texts), List.copyOf(rows)));
        }
        return sections;
    }

    /** The location of a passage made from texts {@code from} (inclusive) to {@code to} (exclusive). */
    Location locate(int from, int to) {
        RowSpan span = new RowSpan();
        rows.subList(from, to).forEach(span::add);
        return span.narrow(location);
    }
}
