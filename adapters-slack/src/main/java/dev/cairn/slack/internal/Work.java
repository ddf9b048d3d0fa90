package dev.cairn.slack.internal;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs slow work (answering, ingesting) off Slack's thread, so that Slack gets its acknowledgement at once. */
public final class Work {
    private static final Logger log = LoggerFactory.getLogger(Work.class);
    private final Executor executor;

    public Work(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Queues {@code task}; false when the pool is full, so that the caller can say so. A failing task is logged. */
    public boolean submit(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("too busy to start {}", what);
            return false;
        }
    }
}
