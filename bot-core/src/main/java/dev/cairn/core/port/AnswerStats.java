package dev.cairn.core.port;

import dev.cairn.core.stats.PromptReport;
import java.util.List;

/**
 * The figures of the recorded answers and their votes; throws {@link IllegalStateException} when the records cannot
 * be read.
 */
@FunctionalInterface
public interface AnswerStats {
    /** For deployments that keep no records: no experiments. */
    AnswerStats NONE = () -> new PromptReport(List.of());

    /** Per experiment and variant, every answer recorded so far. */
    PromptReport report();
}
