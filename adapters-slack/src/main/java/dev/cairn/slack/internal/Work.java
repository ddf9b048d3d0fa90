package dev.cairn.slack.internal;

import dev.cairn.core.Job;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (answering, ingesting) off Slack's thread, so that Slack gets its acknowledgement at once; work that
 * Cairn stops before doing runs its {@code abandoned} path instead (telling the asker to ask again).
 */
public final class Work {
    private static final Logger log = LoggerFactory.getLogger(Work.class);
    private final Executor executor;

    public Work(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Queues {@code task}; false when the pool is full, so that the caller can say so. A failing task is logged. */
    public boolean submit(String what, Runnable task) {
        return submit(what, task, () -> log.warn("Cairn stopped before {}", what));
    }

    /** As {@link #submit(String, Runnable)}; {@code abandoned} runs instead when Cairn stops before the task is done. */
    public boolean submit(String what, Runnable task, Runnable abandoned) {
        try {
            executor.execute(Job.of(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                }
            }, () -> {
                try {
                    abandoned.run();
                } catch (RuntimeException e) {
                    log.warn("Could not tell the asker that Cairn stopped before {}: {}", what, e.getMessage());
                }
            }));
            return true;
        } catch (RejectedExecutionException e) {
            log.warn("too busy to start {}", what);
            return false;
        }
    }
}
