package dev.cairn.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private final Map<String, Integer> relevant = Map.of("a", 1, "b", 1);

    @Test
    void ndcgIsOneForAPerfectRankingAndDiscountsLateHits() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), relevant, 10)).isEqualTo(1.0);
        double expected = (1 / log2(3) + 1 / log2(4)) / (1 + 1 / log2(3));
        assertThat(RankingMetrics.ndcg(List.of("x", "a", "b"), relevant, 10)).isCloseTo(expected, within(1e-12));
        assertThat(RankingMetrics.ndcg(List.of("x", "y"), relevant, 10)).isZero();
    }

    @Test
    void ndcgTakesTheGradeItselfAsTheGainAsTrecEvalDoes() {
        // Judged: a=3, b=2, c=1 (d is unjudged). Ranking d, c, a, b:
        // DCG  = 0/log2(2) + 1/log2(3) + 3/log2(4) + 2/log2(5) = 0 + 0.630930 + 1.5 + 0.861353 = 2.992283
        // IDCG = 3/log2(2) + 2/log2(3) + 1/log2(4)             = 3 + 1.261860 + 0.5           = 4.761860
        // nDCG = 0.628385 (with gain 2^rel - 1 it would be 0.577, which is not trec_eval's ndcg_cut)
        Map<String, Integer> graded = Map.of("a", 3, "b", 2, "c", 1);
        assertThat(RankingMetrics.ndcg(List.of("d", "c", "a", "b"), graded, 10)).isCloseTo(0.628385, within(1e-6));
    }

    @Test
    void ndcgCutsAtKAndIgnoresGradesOfZero() {
        // Cut at 2: DCG = 0 + 1/log2(3) = 0.630930; IDCG = 3 + 2/log2(3) = 4.261860; nDCG = 0.148041.
        Map<String, Integer> graded = Map.of("a", 3, "b", 2, "c", 1, "z", 0);
        assertThat(RankingMetrics.ndcg(List.of("z", "c", "a", "b"), graded, 2)).isCloseTo(0.148041, within(1e-6));
    }

    @Test
    void mrrAndRecallCountOnlyTheFirstK() {
        assertThat(RankingMetrics.mrr(List.of("x", "y", "b"), relevant, 10)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RankingMetrics.mrr(List.of("x", "y", "b"), relevant, 2)).isZero();
        assertThat(RankingMetrics.recall(List.of("a", "x", "b"), relevant, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(List.of("a", "x", "b"), relevant, 3)).isEqualTo(1.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
