package dev.cairn.knowledge;

import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageVector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Embeds passages and questions with the model the router picks for each, batching texts per model. */
public final class Vectors {
    private Vectors() {
    }

    /** One vector per text, in order; empty when the router has no model. */
    public static List<PassageVector> of(EmbeddingRouter router, List<String> texts) {
        if (router.embedders().isEmpty() || texts.isEmpty()) {
            return List.of();
        }
        Map<Embedder, List<Integer>> byModel = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byModel.computeIfAbsent(router.route(texts.get(i)).orElseThrow(), e -> new ArrayList<>()).add(i);
        }
        PassageVector[] vectors = new PassageVector[texts.size()];
        byModel.forEach((embedder, positions) -> {
            List<float[]> values = embedder.embed(positions.stream().map(texts::get).toList());
            for (int k = 0; k < positions.size(); k++) {
                vectors[positions.get(k)] = new PassageVector(embedder.field(), values.get(k));
            }
        });
        return List.of(vectors);
    }

    /**
     * The question put into the other script ({@link QueryTranslator#render}) and embedded by the model the router
     * picks for that script, when that model is not the question's own and {@code held} says passages have vectors
     * in its field; empty otherwise.
     */
    public static List<PassageVector> translated(EmbeddingRouter router, QueryTranslator translator, String question,
                                                 Predicate<String> held) {
        Optional<Embedder> own = router.route(question);
        if (own.isEmpty() || router.embedders().size() < 2) {
            return List.of();
        }
        Optional<QueryTranslator.Rendering> rendering = translator.render(question);
        Optional<Embedder> other = rendering.flatMap(r -> router.route(r.words()));
        if (other.isEmpty() || other.get() == own.get() || !held.test(other.get().field())) {
            return List.of();
        }
        return List.of(new PassageVector(other.get().field(), other.get().embed(rendering.get().text())));
    }

    /** The question's vector, when the router has a model for it. */
    public static Optional<PassageVector> query(EmbeddingRouter router, String question) {
        return router.route(question).map(e -> new PassageVector(e.field(), e.embed(question)));
    }
}
