package dev.cairn.core.pipeline;

import java.util.List;

/** Runs its steps in order on one exchange. */
public final class Pipeline {
    private final List<Step> steps;

    public Pipeline(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("steps must not be empty");
        }
        this.steps = List.copyOf(steps);
    }

    public void run(Exchange exchange) {
        for (Step step : steps) {
            step.apply(exchange);
        }
    }
}
