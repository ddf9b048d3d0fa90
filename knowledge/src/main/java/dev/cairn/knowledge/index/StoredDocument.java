package dev.cairn.knowledge.index;

import dev.cairn.core.port.DocumentInfo;
import java.util.Objects;

/** An indexed file as the index records it: its public description and the hash of its bytes. */
public record StoredDocument(DocumentInfo info, String sha256) {
    public StoredDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(sha256, "sha256");
    }
}
