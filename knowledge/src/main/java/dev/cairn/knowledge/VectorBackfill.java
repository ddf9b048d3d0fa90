package dev.cairn.knowledge;

import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

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
        return fillAll(() -> false);
    }

    /**
     * As {@link #fillAll()}, but stops between two documents once {@code stopping} says so (Cairn is shutting down):
     * the documents left keep their keyword passages and get their vectors at the next start.
     */
    public int fillAll(BooleanSupplier stopping) {
        return fill(Instant.MAX, stopping);
    }

    /**
     * Fills the documents with passages without vectors that were indexed before {@code cutoff}: on a store that
     * several replicas share, those a replica left behind (it died between the keyword write and the vectors), while
     * documents a live replica is still embedding are left to it. Returns how many it filled.
     */
    public int fillIndexedBefore(Instant cutoff) {
        return fill(cutoff, () -> false);
    }

    private int fill(Instant cutoff, BooleanSupplier stopping) {
        if (embeddings.embedders().isEmpty()) {
            return 0;
        }
        Set<String> missing = index.documentsMissingVectors(embeddings.embedders().stream().map(Embedder::field)
                .toList());
        int filled = 0;
        for (String id : missing) {
            if (stopping.getAsBoolean()) {
                break;
            }
            boolean abandoned = index.document(id).map(d -> d.indexedAt().isBefore(cutoff)).orElse(false);
            if (abandoned) {
                filled += fill(id) ? 1 : 0;
            }
        }
        return filled;
    }
}
