package dev.cairn.core.pipeline;

import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.memory.Turn;
import java.time.Clock;
import java.util.Objects;

/** Remembers the question and its answer for follow-ups. */
public final class SaveMemoryStep implements Step {
    private final ConversationMemory memory;
    private final Clock clock;

    public SaveMemoryStep(ConversationMemory memory, Clock clock) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void apply(Exchange exchange) {
        exchange.answer().ifPresent(answer -> memory.append(exchange.key(),
                new Turn(exchange.message().text().strip(), answer.text(), clock.instant())));
    }
}
