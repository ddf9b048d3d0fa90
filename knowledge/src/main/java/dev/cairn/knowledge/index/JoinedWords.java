package dev.cairn.knowledge.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Two or three adjacent words of a question written as one: a passage may hold "yeqiaobo" (the pinyin of 叶乔波, see
 * {@link RomanizedNamesFilter}) or "timesheet" where the question writes "ye qiaobo" or "time sheet". Each word's
 * term gets the joined words' term as another form, which counts only where some passage holds it ({@link
 * QuestionTerms#of}).
 */
public final class JoinedWords {
    /** Latin words, each with the space or hyphen before the next. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final int MAX_WORDS = 3;

    private JoinedWords() {
    }

    /** {@code forms} with, for each run of two or three adjacent words, their joined term added to each one's. */
    public static Map<String, Set<String>> addTo(Map<String, Set<String>> forms, Analyzer analyzer, String field,
                                                 String text) {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        forms.forEach((term, other) -> all.put(term, new LinkedHashSet<>(other)));
        List<List<String>> runs = runs(text);
        for (List<String> run : runs) {
            for (int from = 0; from < run.size(); from++) {
                for (int to = from + 2; to <= Math.min(run.size(), from + MAX_WORDS); to++) {
                    List<String> words = run.subList(from, to);
                    List<String> joined = AnalyzedTerms.of(analyzer, field, String.join("", words));
                    if (joined.size() != 1) {
                        continue;
                    }
                    for (String word : words) {
                        List<String> terms = AnalyzedTerms.of(analyzer, field, word);
                        if (terms.size() == 1 && !terms.get(0).equals(joined.get(0))) {
                            all.computeIfAbsent(terms.get(0), t -> new LinkedHashSet<>()).add(joined.get(0));
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The text's runs of Latin words separated by one space or hyphen, lower-cased. */
    private static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        int end = -1;
        while (words.find()) {
            boolean adjacent = end >= 0 && words.start() == end + 1
                    && (text.charAt(end) == ' ' || text.charAt(end) == '-');
            if (!adjacent && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(words.group().toLowerCase(Locale.ROOT));
            end = words.end();
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
