package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.stats.PromptReport;
import java.util.List;

/**
 * The prompt figures as {@code GET /api/v1/stats/prompts} returns them: snake_case names, rates as fractions, the
 * interval as {@code [low, high]}.
 */
public record PromptReportJson(List<ExperimentJson> experiments) {

    static PromptReportJson of(PromptReport report) {
        return new PromptReportJson(report.experiments().stream().map(ExperimentJson::of).toList());
    }

    /** One experiment and its variants. */
    public record ExperimentJson(String name, List<VariantJson> variants) {
        static ExperimentJson of(PromptReport.Experiment e) {
            return new ExperimentJson(e.name(), e.variants().stream().map(VariantJson::of).toList());
        }
    }

    /** The figures of one variant, with its last 30 days. */
    public record VariantJson(String name,
                              int answers,
                              @JsonProperty("thumbs_up") int thumbsUp,
                              @JsonProperty("thumbs_down") int thumbsDown,
                              @JsonProperty("thumbs_up_rate") double thumbsUpRate,
                              List<Double> ci95,
                              @JsonProperty("no_answer_rate") double noAnswerRate,
                              @JsonProperty("latency_p50_ms") long latencyP50Ms,
                              @JsonProperty("latency_p95_ms") long latencyP95Ms,
                              @JsonProperty("mean_input_tokens") double meanInputTokens,
                              @JsonProperty("mean_output_tokens") double meanOutputTokens,
                              List<DayJson> days) {
        static VariantJson of(PromptReport.Variant v) {
            return new VariantJson(v.name(), v.answers(), v.thumbsUp(), v.thumbsDown(), v.thumbsUpRate(),
                    List.of(v.ci95().low(), v.ci95().high()), v.noAnswerRate(), v.latencyP50Ms(), v.latencyP95Ms(),
                    v.meanInputTokens(), v.meanOutputTokens(), v.days().stream().map(DayJson::of).toList());
        }
    }

    /** One UTC day: answers given that day and the votes on them. */
    public record DayJson(String date, int answers,
                          @JsonProperty("thumbs_up") int thumbsUp,
                          @JsonProperty("thumbs_down") int thumbsDown) {
        static DayJson of(PromptReport.Day d) {
            return new DayJson(d.date(), d.answers(), d.thumbsUp(), d.thumbsDown());
        }
    }
}
