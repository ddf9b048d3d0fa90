package dev.cairn.knowledge.chunk;

import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.List;

/** Cuts a parsed document into passages that never cross a section (page, slide, sheet, heading) boundary. */
public interface Chunker {

    /** The passages in reading order; at least one for a document with text. */
    List<Chunk> chunk(ParsedDocument document);
}
