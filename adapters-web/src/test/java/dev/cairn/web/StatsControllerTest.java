package dev.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.stats.PromptReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The figures keep the JSON names and shapes clients read: snake_case, the interval as a two-number array. */
class StatsControllerTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void servesTheReportOfThePortWithItsPublishedNames() {
        PromptReport.Variant terse = new PromptReport.Variant("terse", 4, 3, 1, 0.75,
                new PromptReport.Interval(0.25, 0.5), 0.5, 120, 900, 55.5, 5.0,
                List.of(new PromptReport.Day("2025-03-10", 4, 3, 1)));
        StatsController controller = new StatsController(() -> new PromptReport(List.of(
                new PromptReport.Experiment("tone", List.of(terse)))));

        String json = JSON.writeValueAsString(controller.prompts());

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree("""
                {"experiments": [{"name": "tone", "variants": [{"name": "terse", "answers": 4, "thumbs_up": 3,
                  "thumbs_down": 1, "thumbs_up_rate": 0.75, "ci95": [0.25, 0.5], "no_answer_rate": 0.5,
                  "latency_p50_ms": 120, "latency_p95_ms": 900, "mean_input_tokens": 55.5, "mean_output_tokens": 5.0,
                  "days": [{"date": "2025-03-10", "answers": 4, "thumbs_up": 3, "thumbs_down": 1}]}]}]}"""));
    }

    @Test
    void withoutRecordsThereAreNoExperiments() {
        assertThat(JSON.writeValueAsString(new StatsController(() -> new PromptReport(List.of())).prompts()))
                .isEqualTo("{\"experiments\":[]}");
    }
}
