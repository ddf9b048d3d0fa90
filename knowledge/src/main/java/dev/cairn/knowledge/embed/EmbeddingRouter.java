package dev.cairn.knowledge.embed;

import java.util.List;
import java.util.Optional;

/** Chooses which model embeds a given text (a passage or a question); empty when vectors are switched off. */
public interface EmbeddingRouter {

    /** The model for this text. */
    Optional<Embedder> route(String text);

    /** Every model this router may choose. */
    List<Embedder> embedders();

    static EmbeddingRouter single(Embedder embedder) {
        return new EmbeddingRouter() {
            @Override
            public Optional<Embedder> route(String text) {
                return Optional.of(embedder);
            }

            @Override
            public List<Embedder> embedders() {
                return List.of(embedder);
            }
        };
    }

    /** Chinese text to {@code chinese}, everything else to {@code english}. */
    static EmbeddingRouter byScript(Embedder english, Embedder chinese) {
        return new ScriptRouter(english, chinese);
    }

    static EmbeddingRouter none() {
        return new EmbeddingRouter() {
            @Override
            public Optional<Embedder> route(String text) {
                return Optional.empty();
            }

            @Override
            public List<Embedder> embedders() {
                return List.of();
            }
        };
    }
}
