package dev.cairn.knowledge.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a search whose two lists come from elsewhere (a search engine over HTTP) exactly as {@link HybridSearch}
 * and {@link RelevanceQuery} score the Lucene index's: question terms weighed by idf, coverage as the share of that
 * weight a passage contains, the lists fused by the tuning's rule (convex combination of the normalized BM25 score
 * and the cosine in hybrid mode, else reciprocal ranks), and the relevance read by the tuning's {@link Relevance}.
 * Keep it in step with those two classes: both stores must rank alike.
 */
public final class RankedLists {
    private RankedLists() {
    }

    /** A hit of the keyword list: the passage's key and its BM25 score. */
    public record KeywordHit(String key, double score) {
    }

    /**
     * A candidate's evidence: the question terms its text holds, its cosine (NaN without a vector), and whether the
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
     * Each question term's weight: {@code boost} (1 for the question's own terms, the context weight for terms only
     * in earlier questions) times BM25's idf smoothed as in {@link RelevanceQuery}.
     *
     * @param docFreq  passages holding each term
     * @param docCount passages in the store
     */
    public static Map<String, Double> weights(Map<String, Double> boosts, Map<String, Long> docFreq, long docCount) {
        Map<String, Double> weights = new LinkedHashMap<>();
        boosts.forEach((term, boost) -> {
            if (boost > 0) {
                weights.put(term, boost * RelevanceQuery.idf(docFreq.getOrDefault(term, 0L), docCount));
            }
        });
        return weights;
    }

    /**
     * The question terms with their boosts: earlier questions' terms at {@code contextWeight}, the question's own at
     * 1 (a term in both counts as the question's).
     */
    public static Map<String, Double> boosts(List<String> questionTerms, List<List<String>> contextTerms,
                                             double contextWeight) {
        Map<String, Double> boosts = new LinkedHashMap<>();
        contextTerms.forEach(terms -> terms.forEach(t -> boosts.put(t, contextWeight)));
        questionTerms.forEach(t -> boosts.put(t, 1.0));
        return boosts;
    }

    /** Fuses the lists (keywords, then one per question vector) and scores every candidate; {@code evidence} must hold every key of every list. */
    public static List<Ranked> rank(SearchSpec spec, SearchTuning tuning, Map<String, Double> weights,
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
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        record Fused(Ranked ranked, double fused) {
        }
        List<Fused> fused = new ArrayList<>(rrf.size());
        for (String key : rrf.keySet()) {
            Evidence e = evidence.get(key);
            double matched = 0;
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                matched += e.terms().contains(w.getKey()) ? w.getValue() : 0;
            }
            double coverage = total == 0 ? 0 : Math.min(1.0, matched / total);
            double cosine = spec.vectors().isEmpty() ? 0 : e.cosine();
            double score = fused(tuning, spec.mode(), bm25.getOrDefault(key, 0.0), cosine, rrf.get(key));
            double relevance = e.otherScript() && spec.mode() == RetrievalMode.HYBRID
                    ? tuning.relevance().acrossScripts(coverage, cosine)
                    : tuning.relevance().of(spec.mode(), coverage, cosine);
            fused.add(new Fused(new Ranked(key, coverage, cosine, relevance), score));
        }
        fused.sort(Comparator.comparingDouble(Fused::fused).reversed());
        return fused.stream().map(Fused::ranked).toList();
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
