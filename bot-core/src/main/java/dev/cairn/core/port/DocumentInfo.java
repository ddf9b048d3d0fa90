package dev.cairn.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An indexed document.
 *
 * @param id        document id
 * @param name      file name as uploaded
 * @param scope     the scope it belongs to
 * @param mediaType the detected media type
 * @param pages     pages (or slides, or sheets) found, 0 when the format has none
 * @param passages  passages indexed
 * @param indexedAt when it was indexed
 * @param link      where the file was shared, if known
 * @param source    the platform's id for where the file came from, empty when none
 */
public record DocumentInfo(String id, String name, String scope, String mediaType, int pages, int passages,
                           Instant indexedAt, Optional<String> link, String source) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(indexedAt, "indexedAt");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(source, "source");
    }
}
