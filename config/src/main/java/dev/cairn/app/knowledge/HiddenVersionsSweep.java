package dev.cairn.app.knowledge;

import dev.cairn.core.port.KnowledgeException;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On OpenSearch, every {@link #EVERY} deletes for good the versions a replace or a delete retired more than
 * {@link #GRACE} ago (longer than any search that read the hidden list before can still run: the client gives up
 * after 30 s) and versions whose writing began more than {@link #ABANDONED_AFTER} ago (their writer died). Every
 * replica runs it; purges on several replicas at once are safe.
 */
public final class HiddenVersionsSweep implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(30);
    static final Duration GRACE = Duration.ofSeconds(60);
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(HiddenVersionsSweep.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cairn-hidden-sweep");
        thread.setDaemon(true);
        return thread;
    });
    private final OpenSearchPassageStore store;
    private final Clock clock;

    public HiddenVersionsSweep(OpenSearchPassageStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts sweeping every {@link #EVERY}, the first time after one period. */
    public HiddenVersionsSweep start() {
        timer.scheduleWithFixedDelay(this::sweepOnce, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    /** One sweep; returns how many versions were purged. Never throws: a failed sweep waits for the next. */
    int sweepOnce() {
        try {
            Instant now = clock.instant();
            int purged = store.purgeHidden(now.minus(GRACE), now.minus(ABANDONED_AFTER));
            if (purged > 0) {
                log.info("purged {} replaced, deleted or abandoned document versions from OpenSearch", purged);
            }
            return purged;
        } catch (KnowledgeException | IllegalStateException e) {
            log.warn("the purge of hidden document versions failed, trying again in {} s: {}", EVERY.toSeconds(),
                    e.getMessage());
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
