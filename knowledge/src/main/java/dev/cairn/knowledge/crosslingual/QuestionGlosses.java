package dev.cairn.knowledge.crosslingual;

import dev.cairn.core.text.Terms;
import dev.cairn.knowledge.index.AnalyzedTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question's words with their dictionary translations, in question order: each Chinese word (as the analyzer
 * segments it, adjacent words joined where the dictionary knows them as one, function words left out) with the
 * English words of its first senses, each English word the analyzer keeps (not a stop word)
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
    /** The most characters of a Chinese word joined from the analyzer's words. */
    private static final int LONGEST_WORD = 4;
    /**
     * Chinese function words, pronouns and question words: their glosses ("that; beautiful", "to hold a baby in
     * position") name nothing the question is about.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("的", "地", "得", "了", "着", "过", "吗", "呢", "吧", "啊",
            "呀", "么", "那", "这", "那些", "这些", "那个", "这个", "哪", "哪个", "哪些", "把", "被", "让", "给", "对",
            "从", "向", "到", "为", "在", "是", "有", "没", "没有", "和", "与", "或", "也", "都", "就", "还", "要", "能",
            "会", "可以", "可", "话", "的话", "个", "之", "什么", "怎么", "如何", "为什么", "我", "你", "他", "她",
            "我们", "你们", "他们");

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
        List<Gloss> chinese = HAN.matcher(text).find() ? chinese(dictionary, analyzer, field, text) : List.of();
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

    /**
     * The Chinese words of {@code text} with their English words: the analyzer's words, where adjacent ones make a
     * word the dictionary knows (入 + 职, 几 + 点) that word (the longest, up to {@link #LONGEST_WORD} characters),
     * its glosses standing for each of its parts; function words (那 "that; beautiful", 把 "to hold a baby") are
     * not glossed.
     */
    private static List<Gloss> chinese(BilingualDictionary dictionary, Analyzer analyzer, String field, String text) {
        List<AnalyzedTerms.Placed> words = AnalyzedTerms.placed(analyzer, field, text).stream()
                .filter(w -> HAN.matcher(w.term()).find()).toList();
        List<Gloss> chinese = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int last = i;
            for (int j = i + 1; j < words.size() && words.get(j).start() == words.get(j - 1).end()
                    && words.get(j).end() - words.get(i).start() <= LONGEST_WORD; j++) {
                if (!dictionary.english(text.substring(words.get(i).start(), words.get(j).end())).isEmpty()) {
                    last = j;
                }
            }
            String word = text.substring(words.get(i).start(), words.get(last).end());
            List<String> parts = words.subList(i, last + 1).stream().map(AnalyzedTerms.Placed::term).toList();
            List<String> english = FUNCTION_WORDS.contains(word) ? List.of() : dictionary.english(word);
            if (!english.isEmpty()) {
                chinese.add(new Gloss(word, parts, english, -1));
            }
            i = last;
        }
        return chinese;
    }
}
