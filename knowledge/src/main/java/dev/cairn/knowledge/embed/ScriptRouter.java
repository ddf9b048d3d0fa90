package dev.cairn.knowledge.embed;

import dev.cairn.knowledge.crosslingual.Scripts;
import java.util.List;
import java.util.Optional;

/** Sends Chinese text ({@link Scripts#isChinese}) to the Chinese model and everything else to the English one. */
final class ScriptRouter implements EmbeddingRouter {
    private final Embedder english;
    private final Embedder chinese;

    ScriptRouter(Embedder english, Embedder chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public Optional<Embedder> route(String text) {
        return Optional.of(isChinese(text) ? chinese : english);
    }

    @Override
    public List<Embedder> embedders() {
        return List.of(english, chinese);
    }

    static boolean isChinese(String text) {
        return Scripts.isChinese(text);
    }
}
