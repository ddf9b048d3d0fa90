package dev.cairn.slack.internal;

import dev.cairn.core.Job;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (answering, ingesting) off Slack's thread, so that Slack gets its acknowledgement at once; work that
 * Cairn stops before doing runs its {@code abandoned} path instead (telling the asker to ask again).
 */
public final class Work {
    private static final Logger log = LoggerFactory.getLogger(Work.class);
    private final Executor executor;
    /** One thread for short posts made instead of queued work (a "busy" notice), so Slack's ack never waits on them. */
    private final ThreadPoolExecutor notices = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), r -> {
                Thread t = new Thread(r, "cairn-slack-notices");
                t.setDaemon(true);
                return t;
            });

    public Work(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        notices.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs a short task (posting a "busy" notice, recording a vote) off Slack's thread, outside the answer pool, which
     * may be full; with more than a thousand waiting, the task is dropped and logged.
     */
    public void soon(String what, Runnable task) {
        try {
            notices.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("dropped {}: too many notices waiting", what);
        }
    }

    /** Queues {@code task}; false when the pool is full, so that the caller can say so. A failing task is logged. */
    public boolean submit(String what, Runnable task) {
        return submit(what, () -> {
            task.run();
            return true;
        }, done -> { }, () -> log.warn("Cairn stopped before {}", what));
    }

    /**
     * Queues a task that makes a reply with {@code work} and sends it with {@code deliver}; when Cairn stops before
     * the reply is sent, {@code abandoned} runs instead (never both). False when the pool is full.
     */
    public <T> boolean submit(String what, Supplier<T> work, Consumer<T> deliver, Runnable abandoned) {
        try {
            executor.execute(Job.replying(() -> {
                try {
                    return Optional.of(work.get());
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                    return Optional.<T>empty();
                }
            }, reply -> reply.ifPresent(r -> {
                try {
                    deliver.accept(r);
                } catch (RuntimeException e) {
                    log.error("{} failed", what, e);
                }
            }), () -> {
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
