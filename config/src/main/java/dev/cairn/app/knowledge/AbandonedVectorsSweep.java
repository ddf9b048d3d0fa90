package dev.cairn.app.knowledge;

import dev.cairn.core.port.KnowledgeException;
import dev.cairn.knowledge.VectorBackfill;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a store several replicas share, every {@link #EVERY} gives vectors to the passages of documents indexed more than
 * {@code abandonedAfter} ago ({@code cairn.knowledge.abandoned-after}) that still have none: a replica died between
 * the keyword write and the vectors, and another one finishes the job. Documents newer than that are left to the
 * replica that is embedding them.
 */
public final class AbandonedVectorsSweep implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(AbandonedVectorsSweep.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cairn-vector-sweep");
        thread.setDaemon(true);
        return thread;
    });
    private final VectorBackfill backfill;
    private final Duration abandonedAfter;
    private final Clock clock;

    public AbandonedVectorsSweep(VectorBackfill backfill, Duration abandonedAfter, Clock clock) {
        if (abandonedAfter.isZero() || abandonedAfter.isNegative()) {
            throw new IllegalArgumentException("abandonedAfter must be positive: " + abandonedAfter);
        }
        this.backfill = backfill;
        this.abandonedAfter = abandonedAfter;
        this.clock = clock;
    }

    /** Starts sweeping every {@link #EVERY}, the first time after one period. */
    public AbandonedVectorsSweep start() {
        timer.scheduleWithFixedDelay(this::sweepOnce, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** One sweep; returns how many documents got their vectors. Never throws: a failed sweep waits for the next. */
    int sweepOnce() {
        try {
            int filled = backfill.fillIndexedBefore(clock.instant().minus(abandonedAfter));
            if (filled > 0) {
                log.info("gave the passages of {} documents another replica left without vectors their vectors",
                        filled);
            }
            return filled;
        } catch (KnowledgeException | IllegalStateException e) {
            log.warn("the sweep for passages without vectors failed, trying again in {} s: {}", EVERY.toSeconds(),
                    e.getMessage());
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
