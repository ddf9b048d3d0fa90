package dev.cairn.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineConversationMemoryTest {
    private final AtomicLong nanos = new AtomicLong();
    private final CaffeineConversationMemory memory =
            new CaffeineConversationMemory(3, Duration.ofMinutes(30), 2, nanos::get);

    private static ConversationKey key(String user) {
        return new ConversationKey(Platform.SLACK, "T1", user, "");
    }

    private static Turn turn(String question) {
        return new Turn(question, "answer to " + question, Instant.EPOCH);
    }

    @Test
    void keepsOnlyTheLastTurns() {
        for (int i = 1; i <= 5; i++) {
            memory.append(key("u1"), turn("q" + i));
        }
        assertThat(memory.turns(key("u1"))).extracting(Turn::question).containsExactly("q3", "q4", "q5");
    }

    @Test
    void keepsUsersAndWorkspacesApart() {
        memory.append(key("u1"), turn("mine"));
        assertThat(memory.turns(key("u2"))).isEmpty();
        assertThat(memory.turns(new ConversationKey(Platform.SLACK, "T2", "u1", ""))).isEmpty();
        assertThat(memory.turns(new ConversationKey(Platform.DISCORD, "T1", "u1", ""))).isEmpty();
    }

    @Test
    void forgetsAnIdleConversation() {
        memory.append(key("u1"), turn("q1"));
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(29));
        assertThat(memory.turns(key("u1"))).hasSize(1);
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(31));
        assertThat(memory.turns(key("u1"))).isEmpty();
    }

    @Test
    void holdsNoMoreConversationsThanConfigured() {
        memory.append(key("u1"), turn("a"));
        memory.append(key("u2"), turn("b"));
        memory.append(key("u3"), turn("c"));
        assertThat(memory.size()).isEqualTo(2);
    }

    @Test
    void forgetRemovesTheConversation() {
        memory.append(key("u1"), turn("q1"));
        memory.forget(key("u1"));
        assertThat(memory.turns(key("u1"))).isEmpty();
    }
}
