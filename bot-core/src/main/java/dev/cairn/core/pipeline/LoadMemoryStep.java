package dev.cairn.core.pipeline;

import dev.cairn.core.memory.ConversationMemory;
import java.util.Objects;

/** Puts the conversation's earlier turns on the exchange. */
public final class LoadMemoryStep implements Step {
    private final ConversationMemory memory;

    public LoadMemoryStep(ConversationMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public void apply(Exchange exchange) {
        exchange.history(memory.turns(exchange.key()));
    }
}
