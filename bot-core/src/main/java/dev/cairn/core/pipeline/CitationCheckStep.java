package dev.cairn.core.pipeline;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.answer.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the answer honest: removes [n] markers that point to no offered passage, drops passages the text does not
 * cite, and renumbers the rest 1..m in order of first mention. An answer left citing nothing counts as "did not
 * know".
 */
public final class CitationCheckStep implements Step {
    private static final Pattern MARKER = Pattern.compile("\\s?\\[(\\d{1,3})]");

    @Override
    public void apply(Exchange exchange) {
        exchange.answer().ifPresent(answer -> exchange.answer(check(answer)));
    }

    static Answer check(Answer answer) {
        Map<Integer, Citation> offered = new LinkedHashMap<>();
        answer.citations().forEach(c -> offered.put(c.index(), c));
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(answer.text());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String replacement = "";
            if (offered.containsKey(n)) {
                int newIndex = renumbered.computeIfAbsent(n, k -> renumbered.size() + 1);
                replacement = m.group().replace("[" + n + "]", "[" + newIndex + "]");
            }
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        List<Citation> cited = new ArrayList<>();
        renumbered.forEach((old, index) -> cited.add(offered.get(old).withIndex(index)));
        Outcome outcome = answer.outcome() == Outcome.ANSWERED && cited.isEmpty() ? Outcome.NO_ANSWER : answer.outcome();
        return new Answer(text.toString(), cited, outcome, answer.inputTokens(), answer.outputTokens());
    }
}
