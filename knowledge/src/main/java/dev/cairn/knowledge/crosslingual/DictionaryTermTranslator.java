package dev.cairn.knowledge.crosslingual;

import dev.cairn.core.port.TermTranslator;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Translates a question's words with a {@link BilingualDictionary}, as they are written (not as an index analyses
 * them), through {@link QuestionGlosses}: each Chinese word to its English words, each English word and two-word
 * phrase ("hong kong") to its Chinese words. One-character Chinese words (有, 几: mostly function words, whose first
 * senses mislead) are not translated.
 */
public final class DictionaryTermTranslator implements TermTranslator {
    private final Supplier<BilingualDictionary> dictionary;
    private final Analyzer analyzer = new MixedLanguageAnalyzer();

    /** @param dictionary read on the first translation (the shipped one takes a second to load) */
    public DictionaryTermTranslator(Supplier<BilingualDictionary> dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    @Override
    public Map<String, List<String>> translate(String text) {
        QuestionGlosses glosses = QuestionGlosses.of(dictionary.get(), analyzer, Fields.TEXT, text);
        Map<String, List<String>> translations = new LinkedHashMap<>();
        glosses.chinese().stream().filter(word -> word.word().codePointCount(0, word.word().length()) > 1)
                .forEach(word -> translations.putIfAbsent(word.word(), word.translations()));
        glosses.phrases().forEach(phrase -> translations.putIfAbsent(phrase.word(), phrase.translations()));
        glosses.english().forEach(word -> translations.putIfAbsent(word.word(), word.translations()));
        return translations;
    }
}
