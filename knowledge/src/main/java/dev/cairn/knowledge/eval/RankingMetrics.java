package dev.cairn.knowledge.eval;

import java.util.List;
import java.util.Map;

/** Ranking quality of one query's results against its judgements, computed as trec_eval does. */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /**
     * nDCG at {@code k} as trec_eval's {@code ndcg_cut.k} (and so Anserini and BEIR) computes it: the gain of a
     * document is its relevance grade itself (not 2^grade − 1), discounted by log2(rank + 1); the ideal ranking
     * orders every judged document with a positive grade by grade. Grades of 0 or less add nothing.
     */
    public static double ndcg(List<String> ranked, Map<String, Integer> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int rel = relevant.getOrDefault(ranked.get(i), 0);
            if (rel > 0) {
                dcg += rel / log2(i + 2);
            }
        }
        List<Integer> ideal = relevant.values().stream().filter(rel -> rel > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first relevant result within the first {@code k}, 0 when none. */
    public static double mrr(List<String> ranked, Map<String, Integer> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.containsKey(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the relevant documents found in the first {@code k}. */
    public static double recall(List<String> ranked, Map<String, Integer> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::containsKey).count();
        return (double) found / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
