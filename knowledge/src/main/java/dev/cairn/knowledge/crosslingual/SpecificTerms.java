package dev.cairn.knowledge.crosslingual;

import dev.cairn.knowledge.index.AnalyzedTerms;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words of a question that name a specific thing, as the index's analysed terms: numbers, names and places the
 * dictionary knows (Tokyo, 伦敦), acronyms (TSP), and capitalised words past the first. A lower-case word right after
 * a number, or written onto it, is its unit, not a name ("30 min", "30min", though Min is also a river), and a lone
 * letter split from a number is no term of its own ("60s" is 60). A passage that lacks one of them rarely answers
 * the question, however many of its other words it shares.
 */
public final class SpecificTerms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,}s?$");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}\\p{Ll}+$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}+");
    /** A number with its unit written on ("30min", "30-min", "5pm", "60s"). */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("\\d+-?\\p{Ll}+");
    private final java.util.function.Supplier<BilingualDictionary> dictionary;
    private final Analyzer analyzer;
    private final String field;

    public SpecificTerms(java.util.function.Supplier<BilingualDictionary> dictionary, Analyzer analyzer, String field) {
        this.dictionary = dictionary;
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The analysed terms of the question's specific words. */
    public Set<String> of(String text) {
        Set<String> specific = new LinkedHashSet<>();
        Matcher words = WORD.matcher(text);
        boolean first = true;
        boolean afterNumber = false;
        while (words.find()) {
            String word = words.group();
            boolean unit = afterNumber && LOWER_CASE.matcher(word).matches();
            afterNumber = PLAIN_NUMBER.matcher(word).matches();
            if (unit) {
                first = false;
                continue;
            }
            if (HAN.matcher(word).find()) {
                for (String term : analyze(word)) {
                    if (dictionary.get().isName(term)) {
                        specific.add(term);
                    }
                }
            } else if (NUMBER_AND_UNIT.matcher(word).matches()) {
                specific.addAll(analyze(word.replaceAll("\\D", "")));
            } else if (NUMBER.matcher(word).find()) {
                analyze(word).stream().filter(term -> term.length() > 1 || NUMBER.matcher(term).find())
                        .forEach(specific::add);
            } else if (ACRONYM.matcher(word).matches() || (!first && CAPITALISED.matcher(word).matches())
                    || dictionary.get().isName(word)) {
                specific.addAll(analyze(word));
            }
            first = false;
        }
        return specific;
    }

    private java.util.List<String> analyze(String text) {
        return AnalyzedTerms.of(analyzer, field, text);
    }
}
