package dev.cairn.web;

import dev.cairn.core.port.AnswerStats;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the prompt figures at {@code GET /api/v1/stats/prompts}, behind the web API key when one is set. */
@RestController
public class StatsController {
    private final AnswerStats stats;

    public StatsController(AnswerStats stats) {
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    @GetMapping("/api/v1/stats/prompts")
    public PromptReportJson prompts() {
        return PromptReportJson.of(stats.report());
    }
}
