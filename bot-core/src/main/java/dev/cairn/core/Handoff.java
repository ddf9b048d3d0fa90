package dev.cairn.core;

import dev.cairn.core.i18n.Phrase;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands slow work (answering, indexing, deciding) from a platform's acknowledging thread to a bounded executor, and
 * tells the person waiting, in one set of words, when it will not be done: {@link Notice#BUSY} when the executor is
 * full, {@link Notice#FAILED} when the work throws, {@link Notice#RESTARTING} when Cairn stops first. Nothing runs on
 * the caller's thread or on the common pool: the work runs on the executor, notices that cannot wait for it on one
 * small lane of their own (a thousand waiting at most; past that they are dropped and logged).
 */
public final class Handoff implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Handoff.class.getName());
    private final Executor pool;
    private final ThreadPoolExecutor lane;

    /** Hands work to {@code pool}, which throws {@link RejectedExecutionException} when full or stopping. */
    public Handoff(Executor pool) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.lane = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), r -> {
            Thread t = new Thread(r, "cairn-notices");
            t.setDaemon(true);
            return t;
        });
        lane.allowCoreThreadTimeOut(true);
    }

    /** What a person is told when their work will not be done. */
    public enum Notice {
        BUSY("notice.busy"),
        FAILED("notice.failed"),
        RESTARTING("notice.restarting");

        private final Phrase phrase;

        Notice(String key) {
            this.phrase = Phrase.of(key);
        }

        /** The sentence a person reads, to be said in their language. */
        public Phrase phrase() {
            return phrase;
        }
    }

    /**
     * Queues {@code work}, which makes a reply and returns its sending; when the work or its sending throws, the
     * failure is logged and {@code tell} gets {@link Notice#FAILED}; when Cairn stops before the reply is sent, it
     * gets {@link Notice#RESTARTING} instead (never both). False, having told no one, when the executor is full.
     */
    public boolean offer(String what, Supplier<Runnable> work, Consumer<Notice> tell) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(tell, "tell");
        Runnable failed = () -> quietly(what, () -> tell.accept(Notice.FAILED));
        Supplier<Runnable> guarded = () -> {
            try {
                return Objects.requireNonNull(work.get(), "sending");
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, what + " failed", e);
                return failed;
            }
        };
        Consumer<Runnable> send = sending -> {
            try {
                sending.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, what + " failed while replying", e);
                if (sending != failed) {
                    failed.run();
                }
            }
        };
        try {
            pool.execute(Job.replying(guarded, send, () -> quietly(what, () -> tell.accept(Notice.RESTARTING))));
            return true;
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "too busy to start " + what);
            return false;
        }
    }

    /** As {@link #offer}; when the executor is full, {@code tell} gets {@link Notice#BUSY} on the notice lane. */
    public void hand(String what, Supplier<Runnable> work, Consumer<Notice> tell) {
        if (!offer(what, work, tell)) {
            busy(what, tell);
        }
    }

    /** Tells {@code tell} that Cairn is {@link Notice#BUSY}, on the notice lane; for a caller whose offer failed. */
    public void busy(String what, Consumer<Notice> tell) {
        onLane(what, () -> tell.accept(Notice.BUSY));
    }

    /**
     * Runs work nobody waits for (removing a deleted file's documents) on the executor; when it is full, on the
     * notice lane, so that the work is not lost; failures are logged.
     */
    public void background(String what, Runnable work) {
        Objects.requireNonNull(work, "work");
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, what + " failed", e);
            }
        };
        try {
            pool.execute(Job.of(guarded, () -> LOG.log(System.Logger.Level.WARNING, "Cairn stopped before " + what)));
        } catch (RejectedExecutionException e) {
            onLane(what, guarded);
        }
    }

    private void onLane(String what, Runnable task) {
        try {
            lane.execute(() -> quietly(what, task));
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "dropped " + what + ": too many notices waiting");
        }
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, what + " failed: " + e);
        }
    }

    /** Stops the notice lane; notices still waiting are dropped. */
    @Override
    public void close() {
        lane.shutdownNow();
    }
}
