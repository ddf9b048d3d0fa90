package dev.cairn.core.pipeline;

import dev.cairn.core.memory.ConversationMemory;
import java.util.List;
import java.util.Objects;

/**
 * Puts the conversation's earlier turns on the exchange; a memory that cannot be read (its database down) is logged
 * and the question is answered without them, as the memory's contract allows forgetting at any time.
 */
public final class LoadMemoryStep implements Step {
    private static final System.Logger LOG = System.getLogger(LoadMemoryStep.class.getName());
    private final ConversationMemory memory;

    public LoadMemoryStep(ConversationMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    @Override
    public void apply(Exchange exchange) {
        try {
            exchange.history(memory.turns(exchange.key()));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "answering without the conversation so far: " + e.getMessage());
            exchange.history(List.of());
        }
    }
}
