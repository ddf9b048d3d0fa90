package dev.cairn.knowledge.crosslingual;

import dev.cairn.knowledge.index.AnalyzedTerms;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Translates the words of a question into the other script with a {@link BilingualDictionary}: each Chinese word
 * to English words, each English word to Chinese words. Source and translations are given as the index's analysed
 * terms (the analyzer the index uses), so a search can count a question term as found when a passage holds the term
 * or one of its translations.
 */
public final class QueryTranslator {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]");
    private final java.util.function.Supplier<BilingualDictionary> dictionary;
    private final Analyzer analyzer;
    private final String field;

    /** The translator with the shipped dictionary and the index's analysis of passage text. */
    public static QueryTranslator shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final QueryTranslator INSTANCE = new QueryTranslator(BilingualDictionary::shipped,
                new MixedLanguageAnalyzer(), Fields.TEXT);
    }

    /** @param field the field whose analysis the terms follow */
    public QueryTranslator(java.util.function.Supplier<BilingualDictionary> dictionary, Analyzer analyzer, String field) {
        this.dictionary = dictionary;
        this.analyzer = analyzer;
        this.field = field;
    }

    /** Each analysed question term that has translations, with its analysed translations, in question order. */
    public Map<String, Set<String>> translate(String text) {
        Map<String, Set<String>> translations = new LinkedHashMap<>();
        if (HAN.matcher(text).find()) {
            for (String word : analyze(text)) {
                if (!HAN.matcher(word).find()) {
                    continue;
                }
                Set<String> english = new LinkedHashSet<>();
                for (String gloss : dictionary.get().english(word)) {
                    english.addAll(analyze(gloss));
                }
                if (!english.isEmpty()) {
                    translations.computeIfAbsent(word, w -> new LinkedHashSet<>()).addAll(english);
                }
            }
        }
        Matcher words = LATIN_WORD.matcher(text);
        String previous = "";
        while (words.find()) {
            String word = words.group();
            List<String> source = analyze(word);
            if (!previous.isEmpty() && !source.isEmpty()) {
                Set<String> phrase = chinese(previous + " " + word);
                if (!phrase.isEmpty()) {
                    translations.computeIfAbsent(source.get(0), w -> new LinkedHashSet<>()).addAll(phrase);
                    analyze(previous).forEach(p -> translations.computeIfAbsent(p, w -> new LinkedHashSet<>())
                            .addAll(phrase));
                }
            }
            previous = source.size() == 1 ? word : "";
            if (source.size() != 1) {
                continue;
            }
            Set<String> chinese = chinese(word);
            if (!chinese.isEmpty()) {
                translations.computeIfAbsent(source.get(0), w -> new LinkedHashSet<>()).addAll(chinese);
            }
        }
        return translations;
    }

    /**
     * The question in the other script, for that script's embedding model; empty when none of its words translate.
     * A Chinese question becomes the English words of its words' first senses. An English question becomes itself
     * followed by a Chinese word for each of its words (two-word phrases first): the Chinese model reads English
     * too, and the question's own names and numbers keep their weight.
     */
    public Optional<Rendering> render(String text) {
        if (Scripts.isChinese(text)) {
            Set<String> english = new LinkedHashSet<>();
            for (String word : analyze(text)) {
                if (HAN.matcher(word).find()) {
                    english.addAll(dictionary.get().english(word));
                }
            }
            return english.isEmpty() ? Optional.empty()
                    : Optional.of(new Rendering(String.join(" ", english), String.join(" ", english)));
        }
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!analyze(m.group()).isEmpty()) {
                words.add(m.group());
            }
        }
        Set<String> chinese = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> phrase = i + 1 < words.size()
                    ? dictionary.get().chinese(words.get(i) + " " + words.get(i + 1)) : List.of();
            if (!phrase.isEmpty()) {
                chinese.add(phrase.get(0));
                i++;
                continue;
            }
            dictionary.get().chinese(words.get(i)).stream().findFirst().ifPresent(chinese::add);
        }
        String translated = String.join("", chinese);
        return chinese.isEmpty() ? Optional.empty() : Optional.of(new Rendering(translated, text + " " + translated));
    }

    /**
     * A question put into the other script.
     *
     * @param words its translated words alone, whose script picks the model
     * @param text  what that model embeds
     */
    public record Rendering(String words, String text) {
        public Rendering {
            if (words.isBlank() || text.isBlank()) {
                throw new IllegalArgumentException("a rendering needs words");
            }
        }
    }

    /** The analysed Chinese words for an English word or phrase, those the analyzer keeps as one word. */
    private Set<String> chinese(String english) {
        Set<String> chinese = new LinkedHashSet<>();
        for (String word : dictionary.get().chinese(english)) {
            List<String> terms = analyze(word);
            if (terms.size() == 1) {
                chinese.add(terms.get(0));
            }
        }
        return chinese;
    }

    private List<String> analyze(String text) {
        return AnalyzedTerms.of(analyzer, field, text);
    }
}
