package dev.cairn.core.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CaffeineHandledEventsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T01:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aKeyIsFirstTimeOnceWithinItsTimeToLive() {
        CaffeineHandledEvents events = new CaffeineHandledEvents(10, Duration.ofMinutes(10), clock);

        assertThat(events.firstTime("event:1")).isTrue();
        assertThat(events.firstTime("event:1")).isFalse();
        assertThat(events.firstTime("event:2")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(11)));
        assertThat(events.firstTime("event:1")).isTrue();
    }

    @Test
    void refusesANonsenseCapacityOrTimeToLive() {
        assertThatThrownBy(() -> new CaffeineHandledEvents(0, Duration.ofMinutes(1), clock))
                .hasMessageContaining("capacity");
        assertThatThrownBy(() -> new CaffeineHandledEvents(1, Duration.ZERO, clock)).hasMessageContaining("ttl");
    }
}
