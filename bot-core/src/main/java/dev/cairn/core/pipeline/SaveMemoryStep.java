package dev.cairn.core.pipeline;

import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.memory.Turn;
import java.time.Clock;
import java.util.Objects;

/** Remembers the question and its answer for follow-ups; a memory that cannot be written is logged, never fatal. */
public final class SaveMemoryStep implements Step {
    private static final System.Logger LOG = System.getLogger(SaveMemoryStep.class.getName());
    private final ConversationMemory memory;
    private final Clock clock;

    public SaveMemoryStep(ConversationMemory memory, Clock clock) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void apply(Exchange exchange) {
        try {
            exchange.answer().ifPresent(answer -> memory.append(exchange.key(),
                    new Turn(exchange.message().text().strip(), answer.text(), clock.instant())));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "the answer is sent but not remembered for follow-ups: "
                    + e.getMessage());
        }
    }
}
