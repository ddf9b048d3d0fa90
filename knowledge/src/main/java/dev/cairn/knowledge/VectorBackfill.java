package dev.cairn.knowledge;

import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives passages that were indexed by keywords only their vectors: right after a file's keyword commit, and at
 * startup for passages a stop left without (a crash or shutdown between the two commits). Until then they are
 * found by keywords alone.
 */
public final class VectorBackfill {
    private final PassageStore index;
    private final EmbeddingRouter embeddings;

    public VectorBackfill(PassageStore index, EmbeddingRouter embeddings) {
        this.index = Objects.requireNonNull(index, "index");
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
    }

    /** Embeds and attaches the vectors of one document's passages; false when the document is gone meanwhile. */
    public boolean fill(String documentId) {
        List<PassageStore.StoredPassage> passages = index.passages(documentId);
        List<PassageVector> vectors = Vectors.of(embeddings, passages.stream().map(p -> p.chunk().text()).toList());
        Map<Integer, PassageVector> byOrdinal = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            byOrdinal.put(passages.get(i).ordinal(), vectors.get(i));
        }
        return !byOrdinal.isEmpty() && index.attachVectors(documentId, byOrdinal);
    }

    /** Fills every document that has passages without vectors; returns how many it filled. */
    public int fillAll() {
        if (embeddings.embedders().isEmpty()) {
            return 0;
        }
        Set<String> missing = index.documentsMissingVectors(embeddings.embedders().stream().map(Embedder::field)
                .toList());
        int filled = 0;
        for (String id : missing) {
            filled += fill(id) ? 1 : 0;
        }
        return filled;
    }
}
