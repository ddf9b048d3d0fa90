package dev.cairn.knowledge.index;

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
 * Words shortened in chat ("auth", "govt", "perf", "convo") with the words documents write: a question term that is
 * one counts as held by a passage holding the full word, as a translation or a spelling correction does, and the
 * keyword ranking searches the full word too; a plural ("yrs", "repos") is read as its singular, whose full word the
 * analyzer reads alike. Words that are also common words or names ("hr" for hour is HR, "min" is also minimum) are
 * left out; their plurals ("hrs", "mins") are listed.
 */
public final class ChatAbbreviations {
    private static final Map<String, List<String>> FULL = Map.ofEntries(
            Map.entry("auth", List.of("authorization")),
            Map.entry("govt", List.of("government")),
            Map.entry("gov", List.of("government")),
            Map.entry("fed", List.of("federal")),
            Map.entry("perf", List.of("performance")),
            Map.entry("acct", List.of("account")),
            Map.entry("convo", List.of("conversation")),
            Map.entry("yr", List.of("year")),
            Map.entry("mos", List.of("months")),
            Map.entry("wk", List.of("week")),
            Map.entry("hrs", List.of("hours")),
            Map.entry("mins", List.of("minutes")),
            Map.entry("ppl", List.of("people")),
            Map.entry("mgr", List.of("manager")),
            Map.entry("mgmt", List.of("management")),
            Map.entry("dept", List.of("department")),
            Map.entry("org", List.of("organization")),
            Map.entry("repo", List.of("repository")),
            Map.entry("appt", List.of("appointment")),
            Map.entry("cal", List.of("calendar")),
            Map.entry("info", List.of("information")),
            Map.entry("docs", List.of("documents", "documentation")),
            Map.entry("req", List.of("request", "requirement")),
            Map.entry("proj", List.of("project")),
            Map.entry("msg", List.of("message")),
            Map.entry("pw", List.of("password")),
            Map.entry("pwd", List.of("password")),
            Map.entry("approx", List.of("approximately")),
            Map.entry("eval", List.of("evaluation")),
            Map.entry("hq", List.of("headquarters")));
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private ChatAbbreviations() {
    }

    /**
     * {@code forms} (a question's terms with their other forms, such as translations) with, for each chat
     * abbreviation of {@code text}, the analysed terms of its full words added to its term's forms (only those that
     * differ from the term). Both stores call this, so they read a question alike.
     */
    public static Map<String, Set<String>> addTo(Map<String, Set<String>> forms, Analyzer analyzer, String field,
                                                 String text) {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        forms.forEach((term, other) -> all.put(term, new LinkedHashSet<>(other)));
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            List<String> full = fullWords(words.group().toLowerCase(Locale.ROOT));
            List<String> terms = full == null ? List.of() : AnalyzedTerms.of(analyzer, field, words.group());
            if (terms.size() != 1) {
                continue;
            }
            Set<String> expanded = new LinkedHashSet<>();
            full.forEach(w -> expanded.addAll(AnalyzedTerms.of(analyzer, field, w)));
            expanded.remove(terms.get(0));
            if (!expanded.isEmpty()) {
                all.computeIfAbsent(terms.get(0), t -> new LinkedHashSet<>()).addAll(expanded);
            }
        }
        return all;
    }

    /** The full words of a chat abbreviation or of its plural ("yrs" as "yr"); null for any other word. */
    private static List<String> fullWords(String word) {
        List<String> full = FULL.get(word);
        return full == null && word.endsWith("s") ? FULL.get(word.substring(0, word.length() - 1)) : full;
    }
}
