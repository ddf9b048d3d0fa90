package dev.cairn.core.port;

import dev.cairn.core.ContentSource;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to index.
 *
 * @param name         file name as uploaded; it names the document
 * @param scope        the scope the document goes to
 * @param declaredSize size in bytes as declared by the sender, or -1 when unknown
 * @param contentType  declared media type, empty when unknown (the bytes decide anyway)
 * @param link         where the file was shared, if known
 * @param source       the platform's id for where the file came from, empty when none
 * @param content      opens the bytes
 */
public record IncomingFile(String name, String scope, long declaredSize, String contentType, Optional<String> link,
                           String source, ContentSource content) {
    public IncomingFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("scope must not be blank");
        }
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(link, "link");
        source = source == null ? "" : source;
        Objects.requireNonNull(content, "content");
    }
}
