package dev.cairn.knowledge.embed;

import java.util.List;
import java.util.Optional;

/** Sends Chinese (Han script) text to the Chinese model and everything else to the English one. */
final class ScriptRouter implements EmbeddingRouter {
    /** Share of letters in Han script from which a text counts as Chinese. */
    private static final double HAN_SHARE = 0.2;
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
        long letters = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && (double) han / letters >= HAN_SHARE;
    }
}
