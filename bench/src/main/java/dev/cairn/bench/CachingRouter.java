package dev.cairn.bench;

import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers each text's vector, so a corpus repeated to reach 100k passages is embedded once; the time measured is
 * then the index's, not the model's (which the 5k run measures).
 */
final class CachingRouter implements EmbeddingRouter {
    private final EmbeddingRouter router;
    private final Map<Embedder, Embedder> cached = new ConcurrentHashMap<>();

    CachingRouter(EmbeddingRouter router) {
        this.router = router;
    }

    @Override
    public Optional<Embedder> route(String text) {
        return router.route(text).map(e -> cached.computeIfAbsent(e, Caching::new));
    }

    @Override
    public List<Embedder> embedders() {
        return router.embedders().stream().map(e -> cached.computeIfAbsent(e, Caching::new)).toList();
    }

    /** One model with a text-to-vector memory. */
    private static final class Caching implements Embedder {
        private final Embedder model;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        Caching(Embedder model) {
            this.model = model;
        }

        @Override
        public String field() {
            return model.field();
        }

        @Override
        public int dimensions() {
            return model.dimensions();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
            List<float[]> computed = model.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
            List<float[]> result = new ArrayList<>(texts.size());
            texts.forEach(t -> result.add(vectors.get(t)));
            return result;
        }
    }
}
