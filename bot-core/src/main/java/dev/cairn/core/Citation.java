package dev.cairn.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A passage an answer relies on; {@code index} is the n of the {@code [n]} marker in the answer text.
 *
 * @param index      1-based marker number
 * @param documentId the indexed document's id
 * @param document   the document title (the file name as uploaded)
 * @param location   page or heading path of the passage
 * @param quote      the quoted passage text
 * @param link       a link back to where the file was shared, if known
 */
public record Citation(int index, String documentId, String document, Location location, String quote,
                       Optional<String> link) {
    public Citation {
        if (index < 1) {
            throw new IllegalArgumentException("index must be 1 or more, was " + index);
        }
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(link, "link");
    }

    public Citation withIndex(int newIndex) {
        return new Citation(newIndex, documentId, document, location, quote, link);
    }
}
