package dev.cairn.knowledge.index;

import java.util.ArrayList;
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
 * @param translated  the question put into the other script and embedded by that script's model, one per other
 *                    model field (passages of the other script are compared with it); none where the knowledge base
 *                    holds one script
 */
public record SearchSpec(String text, List<String> context, Set<String> scopes, int topK, double minScore,
                         RetrievalMode mode, Optional<PassageVector> queryVector, List<PassageVector> translated) {
    public SearchSpec {
        Objects.requireNonNull(text, "text");
        context = List.copyOf(context);
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(queryVector, "queryVector");
        translated = List.copyOf(translated);
        if (translated.stream().anyMatch(t -> queryVector.isPresent() && t.field().equals(queryVector.get().field()))) {
            throw new IllegalArgumentException("a translated vector must be of another field than the question's");
        }
    }

    /** A search with the question's own vector only. */
    public SearchSpec(String text, List<String> context, Set<String> scopes, int topK, double minScore,
                      RetrievalMode mode, Optional<PassageVector> queryVector) {
        this(text, context, scopes, topK, minScore, mode, queryVector, List.of());
    }

    /** The question's vectors: its own first, then the translated ones. */
    public List<PassageVector> vectors() {
        List<PassageVector> all = new ArrayList<>(translated.size() + 1);
        queryVector.ifPresent(all::add);
        all.addAll(translated);
        return all;
    }

    /** A keyword search. */
    public static SearchSpec bm25(String text, List<String> context, Set<String> scopes, int topK, double minScore) {
        return new SearchSpec(text, context, scopes, topK, minScore, RetrievalMode.BM25, Optional.empty());
    }
}
