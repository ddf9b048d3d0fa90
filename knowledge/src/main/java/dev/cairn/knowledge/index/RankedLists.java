package dev.cairn.knowledge.index;

import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import dev.cairn.knowledge.answerability.AnswerabilityModel;
import dev.cairn.knowledge.crosslingual.Scripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a search whose two lists come from elsewhere (a search engine over HTTP) exactly as {@link HybridSearch}
 * and {@link RelevanceQuery} score the Lucene index's: question terms weighed by {@link QuestionTerms} (framing
 * words, other forms, specific and unknown terms), a passage's evidence read from its tokens, the lists fused by
 * the tuning's rule (convex combination of the normalized BM25 score and the cosine in hybrid mode, else reciprocal
 * ranks), and the relevance read by {@link #relevance}: the tuning's {@link Relevance}, capped in hybrid mode by the
 * shipped {@link AnswerabilityModel} for passages in the question's script. Keep it in step with those classes: both
 * stores must rank and judge alike.
 */
public final class RankedLists {
    private RankedLists() {
    }

    /** A hit of the keyword list: the passage's key and its BM25 score. */
    public record KeywordHit(String key, double score) {
    }

    /**
     * A candidate's evidence: the analysed tokens its text holds, its cosine (NaN without a vector), and whether the
     * cosine is to the question's translation (a passage in the other script).
     */
    public record Evidence(Set<String> terms, double cosine, boolean otherScript) {
        public Evidence(Set<String> terms, double cosine) {
            this(terms, cosine, false);
        }
    }

    /** A candidate, best first, with its coverage, cosine and relevance. */
    public record Ranked(String key, double coverage, double cosine, double relevance) {
    }

    /**
     * Fuses the lists (keywords, then one per question vector) and scores every candidate; {@code evidence} must hold
     * every key of every list.
     */
    public static List<Ranked> rank(SearchSpec spec, SearchTuning tuning, QuestionTerms terms,
                                    List<KeywordHit> keyword, List<List<String>> vectorLists,
                                    Map<String, Evidence> evidence) {
        Map<String, Double> rrf = new LinkedHashMap<>();
        Map<String, Double> bm25 = new HashMap<>();
        double best = keyword.isEmpty() ? 1 : keyword.get(0).score();
        for (int rank = 0; rank < keyword.size(); rank++) {
            rrf.merge(keyword.get(rank).key(), reciprocal(tuning, tuning.keywordWeight(), rank), Double::sum);
            bm25.put(keyword.get(rank).key(), keyword.get(rank).score() / best);
        }
        for (List<String> vector : vectorLists) {
            for (int rank = 0; rank < vector.size(); rank++) {
                rrf.merge(vector.get(rank), reciprocal(tuning, tuning.vectorWeight(), rank), Double::sum);
            }
        }
        record Fused(String key, QuestionTerms.Evidence held, double cosine, double bm25, double fused) {
        }
        List<Fused> fused = new ArrayList<>(rrf.size());
        for (String key : rrf.keySet()) {
            double cosine = spec.vectors().isEmpty() ? 0 : evidence.get(key).cosine();
            double keywords = bm25.getOrDefault(key, 0.0);
            fused.add(new Fused(key, terms.evidence(evidence.get(key).terms()), cosine, keywords,
                    fused(tuning, spec.mode(), keywords, cosine, rrf.get(key))));
        }
        fused.sort(Comparator.comparingDouble(Fused::fused).reversed());
        List<Ranked> ranked = new ArrayList<>(fused.size());
        for (int i = 0; i < fused.size(); i++) {
            Fused f = fused.get(i);
            AnswerabilityFeatures features = Candidate.features(f.held(), f.cosine(), f.bm25(), f.fused(),
                    fused.get(0).fused(), i + 1 < fused.size() ? fused.get(i + 1).fused() : 0);
            boolean acrossScripts = spec.mode() == RetrievalMode.HYBRID && evidence.get(f.key()).otherScript();
            ranked.add(new Ranked(f.key(), f.held().coverage(), f.cosine(),
                    relevance(tuning, spec, acrossScripts, f.held().coverage(), f.cosine(), features,
                            AnswerabilityModel.shipped())));
        }
        return ranked;
    }

    /**
     * A candidate's relevance, in both stores: in hybrid mode the lower of {@link Relevance}'s mean and the
     * passage's answerability by {@code model}; in the other modes {@link Relevance}'s; for a passage in the other
     * script than the question's (hybrid mode, compared with the question's translation) {@link
     * Relevance#acrossScripts}, without the answerability, which is fitted on questions and passages in one script.
     */
    static double relevance(SearchTuning tuning, SearchSpec spec, boolean acrossScripts, double coverage,
                            double cosine, AnswerabilityFeatures features, AnswerabilityModel model) {
        RetrievalMode mode = spec.mode();
        double rule = acrossScripts
                ? tuning.relevance().acrossScripts(coverage, cosine, Scripts.isChinese(spec.text()))
                : tuning.relevance().of(mode, coverage, cosine);
        return mode == RetrievalMode.HYBRID && !acrossScripts ? Math.min(rule, model.score(features)) : rule;
    }

    /** What a list adds to a candidate at 0-based {@code rank} in reciprocal rank fusion: weight / (k + rank + 1). */
    static double reciprocal(SearchTuning tuning, double weight, int rank) {
        return weight / (tuning.rrfK() + rank + 1);
    }

    /**
     * A candidate's fused score, by which both stores order candidates: in hybrid mode with the convex rule, keyword
     * weight × {@code bm25} (divided by the best) + vector weight × {@code cosine} (NaN counts 0); else {@code rrf},
     * its reciprocal-rank sum.
     */
    static double fused(SearchTuning tuning, RetrievalMode mode, double bm25, double cosine, double rrf) {
        return tuning.convex() && mode == RetrievalMode.HYBRID
                ? tuning.keywordWeight() * bm25 + tuning.vectorWeight() * (Double.isNaN(cosine) ? 0 : cosine)
                : rrf;
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
