package dev.cairn.slack.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recently seen keys (event ids, messages, shared files) so that what Slack delivers twice — a retried
 * event, a {@code file_shared} event and the message of the same upload — is handled once.
 */
public final class RecentKeys {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

    public RecentKeys(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True the first time {@code key} is offered within the time to live, false on every repeat. */
    public synchronized boolean firstTime(String key) {
        long now = clock.millis();
        expire(now);
        if (seen.containsKey(key)) {
            return false;
        }
        seen.put(key, now);
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /** Forgets {@code key}, so that a delivery that could not be handled is handled when Slack sends it again. */
    public synchronized void forget(String key) {
        seen.remove(key);
    }

    private void expire(long now) {
        Iterator<Map.Entry<String, Long>> entries = seen.entrySet().iterator();
        while (entries.hasNext() && now - entries.next().getValue() > ttl.toMillis()) {
            entries.remove();
        }
    }
}
