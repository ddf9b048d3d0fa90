package dev.cairn.knowledge.index;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * A question's terms as relevance weighs them, and what a passage holds of them: the rules both stores share, fed
 * by each store's own statistics ({@link RelevanceQuery} reads the Lucene index's postings, {@link RankedLists} an
 * engine's document frequencies and a passage's tokens). Each distinct term weighs its boost times its idf (rarer
 * words weigh more), a framing word ({@link #FRAMING_WORDS}) a quarter of that. Terms absent from the whole store
 * still weigh, so a question about something the knowledge base never mentions covers little of its weight anywhere.
 * A term counts as held when the passage holds it or one of its other forms (its translations into the other
 * script, its spelling correction) that some passage holds.
 */
public final class QuestionTerms {
    private static final int BACKGROUND_PASSAGES = 1000;
    /** Weight of another form of a term (a translation, a correction) in the keyword ranking, against 1 for the term. */
    public static final float TRANSLATION_BOOST = 0.5f;
    /**
     * A number or name counts as specific only when at most this share of the passages (or {@link
     * #SPECIFIC_MIN_PASSAGES}) hold it: a name the whole knowledge base repeats ("TTS", "GSA") is not what a question
     * is specifically about.
     */
    private static final double SPECIFIC_SHARE = 0.02;
    private static final long SPECIFIC_MIN_PASSAGES = 5;
    /**
     * Words that frame a question rather than say what it is about ("am I allowed to …", "how long do we still …",
     * "does anyone know …"): a passage that answers need not contain them, so they weigh {@link #FRAMING_WEIGHT} of
     * their idf in the coverage and in what a passage lacks (the keyword ranking still searches them in full).
     */
    static final List<String> FRAMING_WORDS = List.of("what", "whats", "how", "when", "where", "which", "who",
            "whom", "whose", "why", "can", "could", "should", "would", "may", "might", "must", "do", "does", "did",
            "i", "im", "me", "my", "we", "us", "our", "you", "your", "u", "allowed", "supposed", "able", "happen",
            "happens", "still", "already", "actually", "usually", "exactly", "really", "ever", "ask", "check", "know",
            "need", "want", "get", "got", "anyone", "someone", "anybody", "somebody", "long", "often", "soon",
            "early", "ok", "okay", "pls", "please", "thanks", "thx", "hey", "hi", "oops", "now", "rough", "roughly",
            "approx", "approximately", "typically", "generally", "normally", "wanna", "gonna", "gotta",
            "like", "stuff", "thing", "things", "quick", "quickly", "fast", "fastest", "abt", "thru", "till", "guys",
            "folks", "wants", "wanted", "trying", "wondering", "curious", "thinking", "dont", "doesnt", "didnt",
            "cant", "wont", "isnt", "arent", "wasnt", "shouldnt", "wouldnt", "couldnt", "ive", "youre", "thats",
            "theres", "hows", "wheres", "whos", "longest", "soonest", "earliest", "couple", "whole", "way", "keeps",
            "kinda", "sorta", "basically", "literally", "maybe", "probably", "somehow", "anyway", "btw", "fyi", "lol",
            "ugh", "hmm");
    /** The share of its idf a framing word weighs. */
    public static final double FRAMING_WEIGHT = 0.25;
    private static final Map<Analyzer, Set<String>> FRAMING_TERMS = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<String, Double> boosts;
    private final Map<String, Double> weights;
    private final Map<String, Set<String>> forms;
    private final Set<String> specific;
    private final double totalWeight;
    /** The share of the question's weight that no passage of the store holds. */
    private final double unknownShare;

    private QuestionTerms(Map<String, Double> boosts, Map<String, Double> weights, Map<String, Set<String>> forms,
                          Set<String> specific, Set<String> unknown) {
        this.boosts = boosts;
        this.weights = weights;
        this.forms = forms;
        this.specific = specific;
        this.totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double unknownWeight = 0;
        for (String term : unknown) {
            unknownWeight += weights.get(term);
        }
        this.unknownShare = totalWeight == 0 ? 0 : unknownWeight / totalWeight;
    }

    /**
     * Other forms of the question's terms that a passage may hold instead, as both stores add them: each term's
     * word forms (its translations into the other script and, for a chat abbreviation, its full words: {@link
     * ChatAbbreviations#addTo}), then its spelling correction.
     */
    public static Map<String, Set<String>> otherForms(Map<String, Set<String>> wordForms,
                                                      Map<String, String> corrections) {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        wordForms.forEach((term, other) -> forms.put(term, new LinkedHashSet<>(other)));
        corrections.forEach((term, correction) -> forms.computeIfAbsent(term, t -> new LinkedHashSet<>())
                .add(correction));
        return forms;
    }

    /**
     * The question terms with their boosts: earlier questions' terms at {@code contextWeight}, the question's own at
     * 1 (a term in both counts as the question's), in that order.
     */
    public static Map<String, Double> boosts(List<String> questionTerms, List<List<String>> contextTerms,
                                             double contextWeight) {
        Map<String, Double> boosts = new LinkedHashMap<>();
        contextTerms.forEach(terms -> terms.forEach(t -> boosts.put(t, contextWeight)));
        questionTerms.forEach(t -> boosts.put(t, 1.0));
        return boosts;
    }

    /** The terms whose document frequency {@link #of} reads: every term boosted above 0 and its other forms. */
    public static Set<String> asked(Map<String, Double> boosts, Map<String, Set<String>> otherForms) {
        Set<String> asked = new LinkedHashSet<>();
        boosts.forEach((term, boost) -> {
            if (boost > 0) {
                asked.add(term);
                asked.addAll(otherForms.getOrDefault(term, Set.of()));
            }
        });
        return asked;
    }

    /**
     * Weighs the question's terms against a store's statistics.
     *
     * @param boosts        analysed terms with their boosts ({@link #boosts}); those at 0 or below are left out
     * @param otherForms    analysed question terms with other forms a passage may hold instead (translations into
     *                      the other script, a spelling correction)
     * @param specificTerms analysed terms of the question's numbers and names
     * @param framing       the analysed framing words ({@link #framingTerms})
     * @param docFreq       passages holding each of the {@link #asked} terms (a term missing holds none)
     * @param docCount      passages in the store
     */
    public static QuestionTerms of(Map<String, Double> boosts, Map<String, Set<String>> otherForms,
                                   Set<String> specificTerms, Set<String> framing, Map<String, Long> docFreq,
                                   long docCount) {
        Set<String> specific = new HashSet<>(specificTerms);
        Map<String, Double> kept = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        Set<String> unknown = new HashSet<>();
        for (Map.Entry<String, Double> e : boosts.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            long freq = docFreq.getOrDefault(e.getKey(), 0L);
            kept.put(e.getKey(), e.getValue());
            weights.put(e.getKey(), e.getValue() * idf(freq, docCount)
                    * (framing.contains(e.getKey()) ? FRAMING_WEIGHT : 1));
            Set<String> termForms = new LinkedHashSet<>();
            termForms.add(e.getKey());
            for (String form : otherForms.getOrDefault(e.getKey(), Set.of())) {
                if (!form.equals(e.getKey()) && docFreq.getOrDefault(form, 0L) > 0) {
                    termForms.add(form);
                }
            }
            if (freq == 0 && termForms.size() == 1) {
                unknown.add(e.getKey());
            }
            forms.put(e.getKey(), termForms);
        }
        specific.retainAll(weights.keySet());
        long rare = Math.max(SPECIFIC_MIN_PASSAGES, (long) (docCount * SPECIFIC_SHARE));
        specific.removeIf(term -> docFreq.getOrDefault(term, 0L) > rare);
        return new QuestionTerms(kept, weights, forms, specific, unknown);
    }

    /** The framing words as {@code analyzer} makes them into terms of the text field. */
    public static Set<String> framingTerms(Analyzer analyzer) {
        return FRAMING_TERMS.computeIfAbsent(analyzer,
                a -> Set.copyOf(AnalyzedTerms.of(a, String.join(" ", FRAMING_WORDS))));
    }

    /**
     * BM25's idf, computed as if the index held {@link #BACKGROUND_PASSAGES} more passages without the term, so that
     * in a small knowledge base one word the question adds ("how soon …") does not outweigh the words it shares.
     * A term no passage has still gets the highest weight.
     */
    static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount + BACKGROUND_PASSAGES - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** Whether no term weighs anything (nothing to search by keywords). */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The weighed terms, in question order, each with its boost in the keyword ranking. */
    public Map<String, Double> boosts() {
        return Collections.unmodifiableMap(boosts);
    }

    /** Each weighed term's weight, in question order. */
    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    /** A weighed term's forms a passage may hold: the term first, then its other forms some passage holds. */
    public Set<String> forms(String term) {
        return Collections.unmodifiableSet(forms.getOrDefault(term, Set.of()));
    }

    /** The question's numbers and names few enough passages hold to count as what it is specifically about. */
    public Set<String> specific() {
        return Collections.unmodifiableSet(specific);
    }

    /** What a passage holding these tokens holds of the question: see {@link Evidence}. */
    public Evidence evidence(Set<String> tokens) {
        boolean[] held = new boolean[weights.size()];
        int t = 0;
        for (String term : weights.keySet()) {
            for (String form : forms.get(term)) {
                held[t] |= tokens.contains(form);
            }
            t++;
        }
        return evidence(held);
    }

    /** What a passage holds of the question, given whether it holds each weighed term (in question order). */
    Evidence evidence(boolean[] held) {
        if (totalWeight == 0) {
            return Evidence.NONE;
        }
        double matched = 0;
        double missingMost = 0;
        boolean specificMissing = false;
        int k = 0;
        for (Map.Entry<String, Double> term : weights.entrySet()) {
            if (held[k]) {
                matched += term.getValue();
            } else {
                missingMost = Math.max(missingMost, term.getValue());
                specificMissing |= specific.contains(term.getKey());
            }
            k++;
        }
        return new Evidence(Math.min(1.0, matched / totalWeight), missingMost / totalWeight, specificMissing,
                unknownShare);
    }

    /**
     * What a passage holds of a question.
     *
     * @param coverage        the share of the question's weight it holds, in [0, 1]
     * @param missingMost     the weight of the weightiest question term it lacks, as a share of the whole
     * @param specificMissing whether it lacks a number or a name of the question that few passages hold
     * @param unknownShare    the share of the question's weight that no passage of the store holds
     */
    public record Evidence(double coverage, double missingMost, boolean specificMissing, double unknownShare) {
        public static final Evidence NONE = new Evidence(0, 0, false, 0);
    }
}
