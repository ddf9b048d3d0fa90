package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
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
    void holdsNoMoreKeysThanItsCapacity() {
        RecentKeys keys = new RecentKeys(10, Duration.ofHours(1), clock);
        for (int i = 0; i < 100; i++) {
            keys.firstTime("event:" + i);
        }

        // newest first; a key answered as a repeat was held before this loop, which adds only keys it had forgotten
        long remembered = IntStream.range(0, 100).map(i -> 99 - i).filter(i -> !keys.firstTime("event:" + i)).count();
        assertThat(remembered).isBetween(1L, 10L);
    }

    @Test
    void forgetsAKeyOnRequest() {
        RecentKeys keys = new RecentKeys(10, Duration.ofHours(1), clock);
        keys.firstTime("c");

        assertThat(keys.firstTime("c")).isFalse();
        keys.forget("c");
        assertThat(keys.firstTime("c")).isTrue();
        assertThat(keys.firstTime("c")).isFalse();
    }
}
