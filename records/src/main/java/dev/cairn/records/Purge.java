package dev.cairn.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a purge of expired rows at most once per interval, on the thread of whichever caller comes due first; a purge
 * that fails is logged and tried again after the next interval, never failing the caller.
 */
final class Purge {
    private static final Logger log = LoggerFactory.getLogger(Purge.class);
    private final Clock clock;
    private final Duration every;
    private final AtomicReference<Instant> next;

    Purge(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
        this.next = new AtomicReference<>(clock.instant());
    }

    void maybe(IntSupplier purge) {
        Instant now = clock.instant();
        Instant due = next.get();
        if (now.isBefore(due) || !next.compareAndSet(due, now.plus(every))) {
            return;
        }
        try {
            int purged = purge.getAsInt();
            if (purged > 0) {
                log.debug("purged {} expired rows", purged);
            }
        } catch (RuntimeException e) {
            log.warn("purging expired rows failed: {}", e.getMessage());
        }
    }
}
