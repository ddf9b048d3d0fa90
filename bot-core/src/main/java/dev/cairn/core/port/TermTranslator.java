package dev.cairn.core.port;

import java.util.List;
import java.util.Map;

/**
 * Translates the words of a question into the other script (Chinese words for English ones, English words for
 * Chinese ones), so that an answer can find them in passages written in the other language.
 */
public interface TermTranslator {
    /** For deployments without a dictionary: no word has a translation. */
    TermTranslator NONE = text -> Map.of();

    /** Each word (or phrase) of {@code text} that has translations, with them; empty when none has. */
    Map<String, List<String>> translate(String text);
}
