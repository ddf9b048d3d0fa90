package dev.cairn.core.dedupe;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.port.HandledEvents;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Handled events in this process's heap: at most {@code capacity} keys, each kept for {@code ttl}; one process. */
public final class CaffeineHandledEvents implements HandledEvents {
    private final Cache<String, Boolean> seen;

    public CaffeineHandledEvents(long capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        this.seen = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }
}
