package dev.cairn.app.records;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the prompt figures at {@code GET /api/v1/stats/prompts}, behind the web API key when one is set. */
@RestController
public class StatsController {
    private final PromptStats stats;

    public StatsController(PromptStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/v1/stats/prompts")
    public PromptReport prompts() {
        return stats.report();
    }
}
