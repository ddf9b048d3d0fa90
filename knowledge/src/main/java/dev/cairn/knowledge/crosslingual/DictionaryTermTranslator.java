package dev.cairn.knowledge.crosslingual;

import dev.cairn.core.port.TermTranslator;
import dev.cairn.core.text.Terms;
import dev.cairn.knowledge.index.AnalyzedTerms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Translates a question's words with a {@link BilingualDictionary}, as they are written (not as an index analyses
 * them): each Chinese word (as SmartCN segments the text) to its English words, each English word and two-word
 * phrase ("hong kong") to its Chinese words. English stop words and one-character Chinese words (的, 有, 几: mostly
 * function words, whose first senses mislead) are not translated.
 */
public final class DictionaryTermTranslator implements TermTranslator {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]");
    private final Supplier<BilingualDictionary> dictionary;
    private final Analyzer segmenter = new SmartChineseAnalyzer();

    /** @param dictionary read on the first translation (the shipped one takes a second to load) */
    public DictionaryTermTranslator(Supplier<BilingualDictionary> dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    @Override
    public Map<String, List<String>> translate(String text) {
        Map<String, Set<String>> translations = new LinkedHashMap<>();
        if (HAN.matcher(text).find()) {
            for (String word : AnalyzedTerms.of(segmenter, "text", text)) {
                if (HAN.matcher(word).find() && word.codePointCount(0, word.length()) > 1) {
                    add(translations, word, dictionary.get().english(word));
                }
            }
        }
        Matcher words = LATIN_WORD.matcher(text);
        String previous = "";
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (Terms.of(word).isEmpty()) {
                previous = "";
                continue;
            }
            if (!previous.isEmpty()) {
                add(translations, previous + " " + word, dictionary.get().chinese(previous + " " + word));
            }
            List<String> chinese = dictionary.get().chinese(word);
            add(translations, word, chinese.isEmpty() ? dictionary.get().chinese(Terms.of(word).get(0)) : chinese);
            previous = word;
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        translations.forEach((word, given) -> result.put(word, new ArrayList<>(given)));
        return result;
    }

    private static void add(Map<String, Set<String>> translations, String word, List<String> words) {
        if (!words.isEmpty()) {
            translations.computeIfAbsent(word, w -> new LinkedHashSet<>()).addAll(words);
        }
    }
}
