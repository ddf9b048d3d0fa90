package dev.cairn.knowledge.crosslingual;

import dev.cairn.knowledge.index.AnalyzedTerms;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Translates the words of a question into the other script with a {@link BilingualDictionary} (through {@link
 * QuestionGlosses}): each Chinese word to English words, each English word to Chinese words. Source and translations
 * are given as the index's analysed terms (the analyzer the index uses), so a search can count a question term as
 * found when a passage holds the term or one of its translations; and the question can be rendered in the other
 * script for that script's embedding model.
 */
public final class QueryTranslator {
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
        QuestionGlosses glosses = glosses(text);
        Map<String, Set<String>> translations = new LinkedHashMap<>();
        for (QuestionGlosses.Gloss word : glosses.chinese()) {
            Set<String> english = new LinkedHashSet<>();
            word.translations().forEach(gloss -> english.addAll(analyze(gloss)));
            add(translations, word.terms(), english);
        }
        for (QuestionGlosses.Gloss phrase : glosses.phrases()) {
            add(translations, phrase.terms(), singleTerms(phrase.translations()));
        }
        for (QuestionGlosses.Gloss word : glosses.english()) {
            if (word.terms().size() == 1) {
                add(translations, word.terms(), singleTerms(word.translations()));
            }
        }
        return translations;
    }

    private static void add(Map<String, Set<String>> translations, List<String> terms, Set<String> translated) {
        if (!translated.isEmpty()) {
            terms.forEach(t -> translations.computeIfAbsent(t, w -> new LinkedHashSet<>()).addAll(translated));
        }
    }

    /**
     * The question in the other script, for that script's embedding model; empty when none of its words translate.
     * A Chinese question becomes the English words of its words' first senses. An English question becomes itself
     * followed by a Chinese word for each of its words (two-word phrases first): the Chinese model reads English
     * too, and the question's own names and numbers keep their weight.
     */
    public Optional<Rendering> render(String text) {
        QuestionGlosses glosses = glosses(text);
        if (Scripts.isChinese(text)) {
            Set<String> english = new LinkedHashSet<>();
            glosses.chinese().forEach(word -> english.addAll(word.translations()));
            return english.isEmpty() ? Optional.empty()
                    : Optional.of(new Rendering(String.join(" ", english), String.join(" ", english)));
        }
        Map<Integer, QuestionGlosses.Gloss> words = new HashMap<>();
        Map<Integer, QuestionGlosses.Gloss> phrases = new HashMap<>();
        glosses.english().forEach(word -> words.put(word.at(), word));
        glosses.phrases().forEach(phrase -> phrases.put(phrase.at(), phrase));
        int last = Math.max(words.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1),
                phrases.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1));
        Set<String> chinese = new LinkedHashSet<>();
        for (int i = 0; i <= last; i++) {
            if (phrases.containsKey(i)) {
                chinese.add(phrases.get(i).translations().get(0));
                i++;
            } else if (words.containsKey(i)) {
                chinese.add(words.get(i).translations().get(0));
            }
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

    /** Of Chinese words, those the analyzer keeps as one word, analysed. */
    private Set<String> singleTerms(List<String> chineseWords) {
        Set<String> chinese = new LinkedHashSet<>();
        for (String word : chineseWords) {
            List<String> terms = analyze(word);
            if (terms.size() == 1) {
                chinese.add(terms.get(0));
            }
        }
        return chinese;
    }

    private QuestionGlosses glosses(String text) {
        return QuestionGlosses.of(dictionary.get(), analyzer, field, text);
    }

    private List<String> analyze(String text) {
        return AnalyzedTerms.of(analyzer, field, text);
    }
}
