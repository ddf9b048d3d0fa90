package dev.cairn.knowledge.parse;

import java.io.InputStream;

/** Reads a file's text and structure; throws {@link UnparsableDocumentException} with a stable code when it cannot. */
public interface DocumentParser {

    /**
     * Parses the whole stream (the caller closes it).
     *
     * @param fileName the name as uploaded; used for type detection together with the bytes, and as fallback title
     */
    ParsedDocument parse(String fileName, InputStream content) throws UnparsableDocumentException;
}
