package dev.cairn.app.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The figures of {@code GET /api/v1/stats/prompts}: per experiment and variant, how answers fared.
 *
 * @param experiments one entry per experiment, {@code default} for answers given without one
 */
public record PromptReport(List<Experiment> experiments) {
    public PromptReport {
        experiments = List.copyOf(experiments);
    }

    /** One experiment and its variants. */
    public record Experiment(String name, List<Variant> variants) {
        public Experiment {
            variants = List.copyOf(variants);
        }
    }

    /** The figures of one variant; rates are fractions from 0 to 1, the interval the Wilson score interval at 95%. */
    public record Variant(String name,
                          int answers,
                          @JsonProperty("thumbs_up") int thumbsUp,
                          @JsonProperty("thumbs_down") int thumbsDown,
                          @JsonProperty("thumbs_up_rate") double thumbsUpRate,
                          double[] ci95,
                          @JsonProperty("no_answer_rate") double noAnswerRate,
                          @JsonProperty("latency_p50_ms") long latencyP50Ms,
                          @JsonProperty("latency_p95_ms") long latencyP95Ms,
                          @JsonProperty("mean_input_tokens") double meanInputTokens,
                          @JsonProperty("mean_output_tokens") double meanOutputTokens,
                          List<Day> days) {
        public Variant {
            days = List.copyOf(days);
        }
    }

    /** One UTC day of a variant: answers given that day and the votes on them. */
    public record Day(String date, int answers,
                      @JsonProperty("thumbs_up") int thumbsUp,
                      @JsonProperty("thumbs_down") int thumbsDown) {
    }
}
