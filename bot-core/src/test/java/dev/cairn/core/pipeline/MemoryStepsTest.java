package dev.cairn.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.memory.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory steps remember and recall a turn; a memory whose database is down costs the follow-up, not the answer. */
class MemoryStepsTest {
    /** A memory whose database cannot be reached. */
    private static final ConversationMemory UNREACHABLE = new ConversationMemory() {
        @Override
        public List<Turn> turns(ConversationKey key) {
            throw new IllegalStateException("could not read the conversation of u1: connection refused");
        }

        @Override
        public void append(ConversationKey key, Turn turn) {
            throw new IllegalStateException("could not keep a turn of the conversation of u1: connection refused");
        }

        @Override
        public void forget(ConversationKey key) {
            throw new IllegalStateException("could not forget the conversation of u1: connection refused");
        }
    };

    private static Exchange asked(String text) {
        Exchange exchange = new Exchange(new InboundMessage(Platform.WEB, "web", "", "", new User("u1", "U"), text,
                List.of(), MessageKind.DIRECT, ""), DeltaSink.NONE);
        exchange.answer(new Answer("answer to " + text, List.of(), Outcome.NO_ANSWER, 0, 0));
        return exchange;
    }

    @Test
    void aSavedTurnIsLoadedForTheNextQuestion() {
        ConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 10);
        new SaveMemoryStep(memory, Clock.systemUTC()).apply(asked("first"));

        Exchange next = asked("second");
        new LoadMemoryStep(memory).apply(next);

        assertThat(next.history()).extracting(Turn::question).containsExactly("first");
    }

    @Test
    void anUnreachableMemoryGivesNoHistoryAndLosesNoAnswer() {
        Exchange exchange = asked("q");
        exchange.history(List.of(new Turn("stale", "stale", java.time.Instant.EPOCH)));

        new LoadMemoryStep(UNREACHABLE).apply(exchange);
        new SaveMemoryStep(UNREACHABLE, Clock.systemUTC()).apply(exchange);

        assertThat(exchange.history()).isEmpty();
        assertThat(exchange.answer()).isPresent();
    }
}
