package dev.cairn.core.port;

import dev.cairn.core.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * A retrieved piece of a document.
 *
 * @param id         stable passage id
 * @param documentId the document it belongs to
 * @param document   the document title (file name as uploaded)
 * @param scope      the scope the document belongs to
 * @param location   page or heading path
 * @param text       the passage text
 * @param score      relevance in [0, 1]; see {@link SearchRequest#minScore()}
 * @param link       a link back to where the file was shared, if known
 */
public record Passage(String id, String documentId, String document, String scope, Location location, String text,
                      double score, Optional<String> link) {
    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
    }
}
