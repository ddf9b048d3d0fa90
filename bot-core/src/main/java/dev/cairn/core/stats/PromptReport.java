package dev.cairn.core.stats;

import java.util.List;
import java.util.Objects;

/**
 * How answers fared, per prompt experiment and variant: the figures behind {@code GET /api/v1/stats/prompts} and
 * {@code /ask stats}.
 *
 * @param experiments one entry per experiment, sorted by name; {@code default} for answers given without one
 */
public record PromptReport(List<Experiment> experiments) {
    public PromptReport {
        experiments = List.copyOf(Objects.requireNonNull(experiments, "experiments"));
    }

    /** One experiment and its variants, sorted by name. */
    public record Experiment(String name, List<Variant> variants) {
        public Experiment {
            Objects.requireNonNull(name, "name");
            variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        }
    }

    /**
     * The figures of one variant; rates are fractions from 0 to 1.
     *
     * @param ci95 the Wilson score interval at 95% of the 👍 rate, {@code [0, 0]} without votes
     * @param days the last 30 UTC days, oldest first, today last
     */
    public record Variant(String name, int answers, int thumbsUp, int thumbsDown, double thumbsUpRate,
                          Interval ci95, double noAnswerRate, long latencyP50Ms, long latencyP95Ms,
                          double meanInputTokens, double meanOutputTokens, List<Day> days) {
        public Variant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ci95, "ci95");
            days = List.copyOf(Objects.requireNonNull(days, "days"));
        }
    }

    /** A confidence interval of a rate, both ends within [0, 1]. */
    public record Interval(double low, double high) {
        public Interval {
            if (low < 0 || high > 1 || low > high) {
                throw new IllegalArgumentException("interval must satisfy 0 <= low <= high <= 1, was [" + low + ", "
                        + high + "]");
            }
        }
    }

    /** One UTC day of a variant ({@code date} as {@code 2025-03-10}): answers given that day and the votes on them. */
    public record Day(String date, int answers, int thumbsUp, int thumbsDown) {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }
}
