package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import dev.cairn.knowledge.parse.Block;
import java.util.ArrayList;
import java.util.List;

/** Consecutive blocks with one location (a page, slide, sheet or heading path): the unit no passage crosses. */
record Section(Location location, List<String> texts) {

    /** The sections of a document's blocks, in order. */
    static List<Section> of(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        Location current = null;
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.location().equals(current) && !texts.isEmpty()) {
                sections.add(new Section(current, List.copyOf(texts)));
                texts.clear();
            }
            current = block.location();
            texts.add(block.text());
        }
        if (!texts.isEmpty()) {
            sections.add(new Section(current, List.copyOf(texts)));
        }
        return sections;
    }
}
