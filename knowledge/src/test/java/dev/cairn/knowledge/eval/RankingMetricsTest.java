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
    void ndcgUsesExponentialGainForGradedJudgements() {
        Map<String, Integer> graded = Map.of("a", 2, "b", 1);
        double expected = (1 + 3 / log2(3)) / (3 + 1 / log2(3));
        assertThat(RankingMetrics.ndcg(List.of("b", "a"), graded, 10)).isCloseTo(expected, within(1e-12));
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
