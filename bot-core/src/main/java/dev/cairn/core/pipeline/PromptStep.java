package dev.cairn.core.pipeline;

import dev.cairn.core.prompt.PromptRenderer;
import java.util.Objects;

/** Chooses and renders the prompt for the question (template by channel or scope, sticky variant), unless one was preset. */
public final class PromptStep implements Step {
    private final PromptRenderer renderer;

    public PromptStep(PromptRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public void apply(Exchange exchange) {
        if (!exchange.promptChosen()) {
            exchange.prompt(renderer.render(exchange.message()));
        }
    }
}
