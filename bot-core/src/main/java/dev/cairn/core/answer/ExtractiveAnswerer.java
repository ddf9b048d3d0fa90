package dev.cairn.core.answer;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.TermTranslator;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers without a language model: quotes the sentences of the retrieved passages that best match the question
 * (earlier questions of the conversation count at half weight), each followed by the [n] marker of its passage.
 * Each question word weighs its rarity among the retrieved sentences. Sentences that hold what the question asks
 * for (a number, a time, a contact, a place, a choice, a yes or no: see {@link QuestionFocus}) weigh more, and more
 * again when they give the amount in the unit asked for ("how many weeks" - "12 weeks") or the address asked for (an
 * e-mail address, a channel), and more again when several retrieved documents state that amount; the best of them
 * goes first. At most three sentences unless the question asks for a list, never the same sentence twice (nor one
 * nearly the same, copied from another page); a sentence that introduces a list ("do the following:") brings the
 * list's first five items. Hard-wrapped lines are joined first (see {@link WrappedLines}). With a {@link
 * TermTranslator}, a question word also matches its translations, so an English question finds its sentence in a
 * Chinese passage and back. The question's prompt frames it: its greeting goes first, and its no-answer text is the
 * reply when nothing is relevant, or when the question asks for an amount (how many weeks, how long, how often, how
 * much money) and no retrieved sentence on its topic states one: the passages are about the topic, not the answer;
 * and likewise when the question names something with a digit ("FY27") that no retrieved passage names.
 */
public final class ExtractiveAnswerer implements Answerer {
    private static final double CONTEXT_WEIGHT = 0.5;
    private static final int MAX_SENTENCES = 3;
    private static final int MAX_LIST_SENTENCES = 5;
    /** How much more a sentence holding the question's focus weighs than one that only shares its words. */
    static final double FOCUS_WEIGHT = 2.0;
    private static final int MAX_PER_PASSAGE = 2;
    /** A sentence scoring under this share of the best one is not quoted. */
    private static final double KEPT_SHARE = 0.5;
    /** Sentences quoted after a sentence that introduces a list. */
    private static final int LIST_ITEMS = 5;
    private static final int QUOTE_CHARS = 700;
    /** How much more a sentence weighs whose amount several retrieved documents state. */
    private static final double RESTATED_WEIGHT = 2.0;
    /** The share of terms (of the two sentences' terms together) two nearly same sentences share. */
    private static final double SAME_SHARE = 0.7;
    private static final int TITLE_CHARS = 40;
    private static final Pattern END = Pattern.compile("[.!?:;。！？：；]\\s*$");
    /** Marks the key of a translated word's terms, apart from the question's own terms. */
    private static final String TRANSLATED = "\u21c4";

    private final TermTranslator translator;

    /** Answers matching the question's own words only. */
    public ExtractiveAnswerer() {
        this(TermTranslator.NONE);
    }

    /** Answers matching the question's words and their translations, for passages in the other language. */
    public ExtractiveAnswerer(TermTranslator translator) {
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (passages.isEmpty()) {
            return noAnswer(question, sink);
        }
        Map<String, List<String>> forms = new HashMap<>();
        Map<String, Double> weights = weights(question, forms);
        QuestionFocus focus = QuestionFocus.of(question.text());
        if (!focus.holdsNamesOf(passages.stream().map(Passage::text).collect(Collectors.joining("\n")))) {
            return noAnswer(question, sink);
        }
        List<Candidate> all = candidates(passages, weights, forms, focus);
        if (focus.asksForAnAmount() && all.stream().noneMatch(c -> c.score() > 0 && focus.answeredBy(c.sentence()))) {
            return noAnswer(question, sink);
        }
        List<Candidate> chosen = choose(all, focus);
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

    /** The prompt's no-answer text, citing nothing. */
    private static Answer noAnswer(Question question, DeltaSink sink) {
        String nothing = question.prompt().noAnswer();
        sink.accept(nothing);
        return new Answer(nothing, List.of(), Outcome.NO_ANSWER, 0, 0);
    }

    /**
     * The weight of each asked term, and into {@code forms} the forms a sentence may hold it in: its own term, or
     * for a translated word any term of its translations (a sentence in the other language holds "accident" when
     * it holds 事故 or 意外), the translations of one word counting once.
     */
    private Map<String, Double> weights(Question question, Map<String, List<String>> forms) {
        Map<String, Double> weights = new HashMap<>();
        for (String earlier : question.earlierQuestions(1)) {
            Terms.of(earlier).forEach(t -> weights.put(t, CONTEXT_WEIGHT));
        }
        Terms.of(question.text()).forEach(t -> weights.put(t, 1.0));
        weights.keySet().forEach(t -> forms.put(t, List.of(t)));
        translator.translate(question.text()).forEach((word, translations) -> {
            List<String> terms = translations.stream().flatMap(w -> Terms.of(w).stream()).distinct().toList();
            if (!terms.isEmpty()) {
                weights.put(TRANSLATED + word, 1.0);
                forms.put(TRANSLATED + word, terms);
            }
        });
        return weights;
    }

    private static boolean holds(List<String> terms, List<String> forms) {
        return terms.stream().anyMatch(t -> forms.stream().anyMatch(f -> matches(f, t)));
    }

    private static List<Candidate> candidates(List<Passage> passages, Map<String, Double> weights,
                                              Map<String, List<String>> forms, QuestionFocus focus) {
        List<List<String>> sentencesOf = new ArrayList<>();
        List<List<String>> termsOf = new ArrayList<>();
        for (Passage passage : passages) {
            List<String> sentences = Sentences.of(WrappedLines.join(passage.text()));
            sentencesOf.add(sentences);
            for (String sentence : sentences) {
                termsOf.add(Terms.of(sentence).stream().distinct().toList());
            }
        }
        Map<String, Double> rarity = rarity(weights, forms, termsOf);
        Map<String, Double> weighted = new HashMap<>();
        weights.forEach((term, w) -> weighted.put(term, w * rarity.get(term)));
        double total = weighted.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, List<Stated>> statedBy = statedAmounts(passages, sentencesOf, focus);
        List<Candidate> candidates = new ArrayList<>();
        int k = 0;
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage passage = passages.get(rank);
            List<String> sentences = sentencesOf.get(rank);
            for (int pos = 0; pos < sentences.size(); pos++) {
                String sentence = sentences.get(pos);
                List<String> terms = termsOf.get(k++);
                double matched = 0;
                for (Map.Entry<String, Double> asked : weighted.entrySet()) {
                    if (holds(terms, forms.get(asked.getKey()))) {
                        matched += asked.getValue();
                    }
                }
                boolean holdsFocus = matched > 0 && focus.heldBy(sentence);
                boolean holdsAnswer = matched > 0 && focus.answeredBy(sentence);
                boolean restated = holdsAnswer && focus.amountIn(sentence)
                        .map(a -> restated(statedBy.getOrDefault(a, List.of()))).orElse(false);
                double score = total == 0 ? 0 : matched / total / (1 + 0.2 * rank) * (holdsFocus ? FOCUS_WEIGHT : 1)
                        * (holdsAnswer ? FOCUS_WEIGHT : 1) * (restated ? RESTATED_WEIGHT : 1);
                boolean onTopic = weights.entrySet().stream().anyMatch(w -> w.getValue() == 1.0
                        && holds(terms, forms.get(w.getKey())));
                boolean title = pos == 0 && sentences.size() > 1 && isTitle(sentence, sentences.get(1));
                candidates.add(new Candidate(passage, rank, pos, sentence, title ? 0 : score, onTopic, holdsFocus,
                        Set.copyOf(terms)));
            }
        }
        return candidates;
    }

    /**
     * Where each amount of the asked kind ("12 weeks") is stated: the document and the sentence's terms. An amount
     * several retrieved documents give is more likely the answer than one a single sentence mentions in passing
     * ("less than four weeks").
     */
    private static Map<String, List<Stated>> statedAmounts(List<Passage> passages, List<List<String>> sentencesOf,
                                                          QuestionFocus focus) {
        Map<String, List<Stated>> statedBy = new HashMap<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            String document = passages.get(rank).documentId();
            for (String sentence : sentencesOf.get(rank)) {
                focus.amountIn(sentence).ifPresent(a -> statedBy.computeIfAbsent(a, x -> new ArrayList<>())
                        .add(new Stated(document, Set.copyOf(Terms.of(sentence)))));
            }
        }
        return statedBy;
    }

    /**
     * Whether two documents state the amount in sentences that are not {@link #nearlySame}: a sentence copied from
     * one page into another is said once, not confirmed.
     */
    private static boolean restated(List<Stated> statements) {
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Stated a = statements.get(i);
                Stated b = statements.get(j);
                if (!a.document().equals(b.document()) && !nearlySame(a.terms(), b.terms())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An amount's statement: the document and the terms of the sentence that states it. */
    private record Stated(String document, Set<String> terms) {
    }

    /**
     * Each asked term's rarity among the candidate sentences, log(1 + n / (1 + sentences holding it)): a word every
     * retrieved sentence shares ("leave" in a question about leave) says less about which sentence answers than a
     * word few of them hold.
     */
    private static Map<String, Double> rarity(Map<String, Double> weights, Map<String, List<String>> forms,
                                              List<List<String>> termsOf) {
        Map<String, Double> rarity = new HashMap<>();
        int n = termsOf.size();
        for (String asked : weights.keySet()) {
            long holding = termsOf.stream().filter(ts -> holds(ts, forms.get(asked))).count();
            rarity.put(asked, Math.log(1 + (double) n / (1 + holding)));
        }
        return rarity;
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
        List<Set<String>> chosenTerms = new ArrayList<>();
        int most = focus.wantsList() ? MAX_LIST_SENTENCES : MAX_SENTENCES;
        double best = ranked.get(0).score();
        for (Candidate c : ranked) {
            if (chosen.size() == most || c.score() <= 0 || c.score() < best * KEPT_SHARE) {
                break;
            }
            if (isContent(c.sentence()) && !seen.contains(normal(c.sentence()))
                    && chosenTerms.stream().noneMatch(t -> nearlySame(t, c.terms()))
                    && perPassage.merge(c.passage(), 1, Integer::sum) <= MAX_PER_PASSAGE) {
                seen.add(normal(c.sentence()));
                chosenTerms.add(c.terms());
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(candidates.get(0));
        }
        if (chosen.stream().noneMatch(Candidate::holdsFocus) && chosen.size() < most) {
            ranked.stream().filter(c -> c.holdsFocus() && c.score() > 0 && isContent(c.sentence())
                            && chosenTerms.stream().noneMatch(t -> nearlySame(t, c.terms()))
                            && seen.add(normal(c.sentence())))
                    .findFirst().ifPresent(chosen::add);
        }
        Optional<Candidate> lead = chosen.stream().filter(Candidate::holdsFocus).findFirst();
        chosen.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::position));
        lead.ifPresent(first -> {
            chosen.remove(first);
            chosen.add(0, first);
        });
        return withListItems(chosen, candidates, seen);
    }

    /**
     * The chosen sentences, each one that introduces a list ("do the following:") followed by the next sentences
     * of its passage (the list it introduces), at most {@link #LIST_ITEMS} of them, each sentence still once.
     */
    private static List<Candidate> withListItems(List<Candidate> chosen, List<Candidate> candidates, Set<String> seen) {
        List<Candidate> expanded = new ArrayList<>();
        for (Candidate c : chosen) {
            expanded.add(c);
            if (!introducesList(c.sentence())) {
                continue;
            }
            int added = 0;
            for (Candidate next : candidates) {
                if (added < LIST_ITEMS && next.passage() == c.passage() && next.position() > c.position()
                        && isContent(next.sentence()) && seen.add(normal(next.sentence()))) {
                    expanded.add(next);
                    added++;
                }
            }
        }
        return expanded;
    }

    /**
     * A passage's short first line without end punctuation, followed by a sentence that has it, names what follows
     * ("1993年香港"): it answers nothing. (Followed by another such line it is rather a list's first item.)
     */
    private static boolean isTitle(String sentence, String next) {
        return sentence.length() <= TITLE_CHARS && !END.matcher(sentence).find() && END.matcher(next).find();
    }

    private static boolean introducesList(String sentence) {
        return sentence.endsWith(":") || sentence.endsWith("\uff1a");
    }

    /**
     * Whether two sentences say nearly the same (a page copied into another with a word changed): they share at
     * least {@link #SAME_SHARE} of their terms.
     */
    static boolean nearlySame(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= SAME_SHARE * (a.size() + b.size() - shared);
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
        int whole = text.indexOf(first);
        // a sentence joined from wrapped lines is not in the text as it is: its opening words are
        int at = Math.max(0, whole >= 0 ? whole : text.indexOf(first.substring(0, Math.min(first.length(), 30))));
        int start = Math.max(0, Math.min(at - QUOTE_CHARS / 4, text.length() - QUOTE_CHARS));
        String window = text.substring(start, Math.min(text.length(), start + QUOTE_CHARS)).strip();
        return (start > 0 ? "…" : "") + window + (start + QUOTE_CHARS < text.length() ? "…" : "");
    }

    private record Candidate(Passage passage, int rank, int position, String sentence, double score,
                             boolean onTopic, boolean holdsFocus, Set<String> terms) {
    }
}
