package dev.cairn.knowledge.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One search of the index.
 *
 * @param text        the question
 * @param context     earlier questions, weighed less
 * @param scopes      the scopes that may be read
 * @param topK        at most this many passages
 * @param minScore    relevance threshold in [0, 1]
 * @param mode        keyword, vector or both
 * @param queryVector the question's embedding, needed unless the mode is BM25
 */
public record SearchSpec(String text, List<String> context, Set<String> scopes, int topK, double minScore,
                         RetrievalMode mode, Optional<PassageVector> queryVector) {
    public SearchSpec {
        Objects.requireNonNull(text, "text");
        context = List.copyOf(context);
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(queryVector, "queryVector");
    }

    /** A keyword search. */
    public static SearchSpec bm25(String text, List<String> context, Set<String> scopes, int topK, double minScore) {
        return new SearchSpec(text, context, scopes, topK, minScore, RetrievalMode.BM25, Optional.empty());
    }
}
