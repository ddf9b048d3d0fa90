package dev.cairn.knowledge.parse;

import java.util.List;
import java.util.Objects;

/**
 * The readable content of a file.
 *
 * @param title     a title from the document's metadata or its name (the file name when none)
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param pages     pages, slides or sheets found; 0 when the format has none
 * @param blocks    the text in reading order, never empty
 */
public record ParsedDocument(String title, String mediaType, int pages, List<Block> blocks) {
    public ParsedDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mediaType, "mediaType");
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("blocks must not be empty");
        }
    }
}
