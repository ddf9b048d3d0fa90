package dev.cairn.slack.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Remembers recently seen keys (event ids, messages, shared files) so that what Slack delivers twice — a retried
 * event, a {@code file_shared} event and the message of the same upload — is handled once. It holds at most
 * {@code capacity} keys, each for {@code ttl}.
 */
public final class RecentKeys {
    private final Cache<String, Boolean> seen;

    public RecentKeys(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        this.seen = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** True the first time {@code key} is offered within the time to live, false on every repeat. */
    public boolean firstTime(String key) {
        return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    /** Forgets {@code key}, so that a delivery that could not be handled is handled when Slack sends it again. */
    public void forget(String key) {
        seen.invalidate(key);
    }
}
