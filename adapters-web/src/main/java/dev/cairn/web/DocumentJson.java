package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.port.DocumentInfo;

/** One indexed document, as {@code GET /api/v1/knowledge/documents} lists it. */
public record DocumentJson(@JsonProperty("document_id") String documentId, String name, String scope, int pages,
                           int passages, @JsonProperty("indexed_at") String indexedAt) {

    static DocumentJson of(DocumentInfo info) {
        return new DocumentJson(info.id(), info.name(), info.scope(), info.pages(), info.passages(),
                info.indexedAt().toString());
    }
}
