package dev.cairn.knowledge.crosslingual;

import dev.cairn.core.text.Terms;
import dev.cairn.knowledge.index.AnalyzedTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question's words with their dictionary translations, in question order: each Chinese word (as the analyzer
 * segments it) with the English words of its first senses, each English word the analyzer keeps (not a stop word)
 * with its Chinese words (or those of its singular or stem), and each pair of such words side by side that the
 * dictionary knows as a phrase ("hong kong") with its Chinese words. Words without translations are left out. The
 * one walk of a question through the dictionary, for the search's terms, the embedding's rendering and the answer's
 * word matching alike.
 *
 * @param chinese the question's Chinese words with their English words
 * @param english the question's English words with their Chinese words
 * @param phrases the question's two-word English phrases with their Chinese words
 */
record QuestionGlosses(List<Gloss> chinese, List<Gloss> english, List<Gloss> phrases) {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*[A-Za-z]");

    QuestionGlosses {
        chinese = List.copyOf(chinese);
        english = List.copyOf(english);
        phrases = List.copyOf(phrases);
    }

    /**
     * A word (or phrase) of the question and its translations.
     *
     * @param word         as written, in lower case (a phrase: its two words with one space)
     * @param terms        the word's analysed terms (a phrase: those of both its words)
     * @param translations the dictionary's words for it, best first
     * @param at           for English, the place of its (first) word among the question's kept English words
     */
    record Gloss(String word, List<String> terms, List<String> translations, int at) {
        Gloss {
            Objects.requireNonNull(word, "word");
            terms = List.copyOf(terms);
            translations = List.copyOf(translations);
        }
    }

    /** The glosses of {@code text}, whose words are analysed by {@code analyzer} as the index's {@code field}. */
    static QuestionGlosses of(BilingualDictionary dictionary, Analyzer analyzer, String field, String text) {
        List<Gloss> chinese = new ArrayList<>();
        if (HAN.matcher(text).find()) {
            for (String word : AnalyzedTerms.of(analyzer, field, text)) {
                List<String> english = HAN.matcher(word).find() ? dictionary.english(word) : List.of();
                if (!english.isEmpty()) {
                    chinese.add(new Gloss(word, List.of(word), english, -1));
                }
            }
        }
        List<Gloss> english = new ArrayList<>();
        List<Gloss> phrases = new ArrayList<>();
        Matcher words = LATIN_WORD.matcher(text);
        String previous = "";
        List<String> previousTerms = List.of();
        int at = 0;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            List<String> terms = AnalyzedTerms.of(analyzer, field, word);
            if (terms.isEmpty()) {
                previous = "";
                continue;
            }
            if (!previous.isEmpty()) {
                String phrase = previous + " " + word;
                List<String> both = new ArrayList<>(previousTerms);
                both.addAll(terms);
                List<String> translations = dictionary.chinese(phrase);
                if (!translations.isEmpty()) {
                    phrases.add(new Gloss(phrase, both, translations, at - 1));
                }
            }
            List<String> translations = dictionary.chinese(word);
            List<String> stem = Terms.of(word);
            if (translations.isEmpty() && !stem.isEmpty() && !stem.get(0).equals(word)) {
                translations = dictionary.chinese(stem.get(0));
            }
            if (!translations.isEmpty()) {
                english.add(new Gloss(word, terms, translations, at));
            }
            previous = terms.size() == 1 ? word : "";
            previousTerms = terms;
            at++;
        }
        return new QuestionGlosses(chinese, english, phrases);
    }
}
