package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentKeysTest {
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    };

    @Test
    void aKeyIsNewOnceWithinItsTimeToLive() {
        RecentKeys keys = new RecentKeys(10, Duration.ofMinutes(1), clock);

        assertThat(keys.firstTime("event:Ev1")).isTrue();
        assertThat(keys.firstTime("event:Ev1")).isFalse();
        assertThat(keys.firstTime("event:Ev2")).isTrue();

        millis.addAndGet(Duration.ofMinutes(2).toMillis());
        assertThat(keys.firstTime("event:Ev1")).isTrue();
    }

    @Test
    void forgetsTheOldestBeyondItsCapacityAndOnRequest() {
        RecentKeys keys = new RecentKeys(2, Duration.ofHours(1), clock);
        keys.firstTime("a");
        keys.firstTime("b");
        keys.firstTime("c");

        assertThat(keys.firstTime("a")).isTrue();
        assertThat(keys.firstTime("c")).isFalse();
        keys.forget("c");
        assertThat(keys.firstTime("c")).isTrue();
    }
}
