package dev.cairn.core.answer;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.port.Passage;
import dev.cairn.core.text.Sentences;
import dev.cairn.core.text.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers without a language model: quotes the sentences of the retrieved passages that best match the question
 * (earlier questions of the conversation count at half weight), each followed by the [n] marker of its passage.
 * Sentences that hold what the question asks for (a number, a time, a contact, a place, a yes or no: see
 * {@link QuestionFocus}) weigh more, and the best of them goes first; at most three sentences unless the question
 * asks for a list, never the same sentence twice. The question's prompt frames it: its greeting goes first, and its
 * no-answer text is the reply when nothing is relevant.
 */
public final class ExtractiveAnswerer implements Answerer {
    private static final double CONTEXT_WEIGHT = 0.5;
    private static final int MAX_SENTENCES = 3;
    private static final int MAX_LIST_SENTENCES = 5;
    /** How much more a sentence holding the question's focus weighs than one that only shares its words. */
    static final double FOCUS_WEIGHT = 2.0;
    private static final int MAX_PER_PASSAGE = 2;
    private static final int QUOTE_CHARS = 700;

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (passages.isEmpty()) {
            String nothing = question.prompt().noAnswer();
            sink.accept(nothing);
            return new Answer(nothing, List.of(), Outcome.NO_ANSWER, 0, 0);
        }
        Map<String, Double> weights = weights(question);
        QuestionFocus focus = QuestionFocus.of(question.text());
        List<Candidate> chosen = choose(candidates(passages, weights, focus), focus);
        Map<Passage, Integer> markers = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Candidate c : chosen) {
            int marker = markers.computeIfAbsent(c.passage(), p -> markers.size() + 1);
            lines.add(c.sentence() + " [" + marker + "]");
        }
        String quoted = lines.size() == 1 ? lines.get(0) : "• " + String.join("\n• ", lines);
        String greeting = question.prompt().greeting();
        String text = greeting.isEmpty() ? quoted : greeting + "\n" + quoted;
        sink.accept(text);
        List<Citation> citations = new ArrayList<>();
        markers.forEach((passage, index) -> citations.add(new Citation(index, passage.documentId(),
                passage.document(), passage.location(), quote(passage, chosen), passage.link())));
        return new Answer(text, citations, Outcome.ANSWERED, 0, 0);
    }

    private static Map<String, Double> weights(Question question) {
        Map<String, Double> weights = new HashMap<>();
        for (String earlier : question.earlierQuestions(1)) {
            Terms.of(earlier).forEach(t -> weights.put(t, CONTEXT_WEIGHT));
        }
        Terms.of(question.text()).forEach(t -> weights.put(t, 1.0));
        return weights;
    }

    private static List<Candidate> candidates(List<Passage> passages, Map<String, Double> weights,
                                              QuestionFocus focus) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage passage = passages.get(rank);
            List<String> sentences = Sentences.of(passage.text());
            for (int pos = 0; pos < sentences.size(); pos++) {
                String sentence = sentences.get(pos);
                List<String> terms = Terms.of(sentence).stream().distinct().toList();
                double matched = 0;
                for (Map.Entry<String, Double> asked : weights.entrySet()) {
                    if (terms.stream().anyMatch(t -> matches(asked.getKey(), t))) {
                        matched += asked.getValue();
                    }
                }
                boolean holdsFocus = matched > 0 && focus.heldBy(sentence);
                double score = total == 0 ? 0 : matched / total / (1 + 0.2 * rank) * (holdsFocus ? FOCUS_WEIGHT : 1);
                boolean onTopic = weights.entrySet().stream().anyMatch(w -> w.getValue() == 1.0
                        && terms.stream().anyMatch(t -> matches(w.getKey(), t)));
                candidates.add(new Candidate(passage, rank, pos, sentence, score, onTopic, holdsFocus));
            }
        }
        return candidates;
    }

    /**
     * The best sentences, at most two per passage and each sentence once (overlapping passages repeat sentences);
     * when some sentence matches the question itself, sentences that match only the earlier questions are left
     * out, so a follow-up is answered about its new topic. The best sentence holding the focus goes first, the
     * others follow in the order of their passages.
     */
    private static List<Candidate> choose(List<Candidate> candidates, QuestionFocus focus) {
        boolean anyOnTopic = candidates.stream().anyMatch(Candidate::onTopic);
        List<Candidate> ranked = new ArrayList<>(candidates.stream().filter(c -> c.onTopic() || !anyOnTopic).toList());
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        Map<Passage, Integer> perPassage = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int most = focus.wantsList() ? MAX_LIST_SENTENCES : MAX_SENTENCES;
        double best = ranked.get(0).score();
        for (Candidate c : ranked) {
            if (chosen.size() == most || c.score() <= 0 || c.score() < best * 0.5) {
                break;
            }
            if (isContent(c.sentence()) && !seen.contains(normal(c.sentence()))
                    && perPassage.merge(c.passage(), 1, Integer::sum) <= MAX_PER_PASSAGE) {
                seen.add(normal(c.sentence()));
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(candidates.get(0));
        }
        Optional<Candidate> lead = chosen.stream().filter(Candidate::holdsFocus).findFirst();
        chosen.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::position));
        lead.ifPresent(first -> {
            chosen.remove(first);
            chosen.add(0, first);
        });
        return chosen;
    }

    /** A sentence term matches an asked term when equal, or when it extends an asked word of three or more letters ("max", "maximum"). */
    static boolean matches(String asked, String term) {
        return term.equals(asked) || asked.length() >= 3 && term.startsWith(asked) && Character.isLetter(asked.charAt(0));
    }

    private static String normal(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isContent(String sentence) {
        return sentence.codePoints().filter(Character::isLetterOrDigit).count() >= 3;
    }

    /** The passage text, cut to a window around the first chosen sentence when it is long. */
    private static String quote(Passage passage, List<Candidate> chosen) {
        String text = passage.text().strip();
        if (text.length() <= QUOTE_CHARS) {
            return text;
        }
        String first = chosen.stream().filter(c -> c.passage() == passage).findFirst().orElseThrow().sentence();
        int at = Math.max(0, text.indexOf(first));
        int start = Math.max(0, Math.min(at - QUOTE_CHARS / 4, text.length() - QUOTE_CHARS));
        String window = text.substring(start, Math.min(text.length(), start + QUOTE_CHARS)).strip();
        return (start > 0 ? "…" : "") + window + (start + QUOTE_CHARS < text.length() ? "…" : "");
    }

    private record Candidate(Passage passage, int rank, int position, String sentence, double score,
                             boolean onTopic, boolean holdsFocus) {
    }
}
