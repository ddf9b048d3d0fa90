package dev.cairn.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread with a bounded queue for work that follows a reply (embedding freshly indexed files). Closing it
 * drops queued jobs and waits for the running one, which the startup backfill ends between two documents.
 */
final class BackgroundWork implements Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    /**
     * How long closing waits for the running job: short, so that a stop fits the deploy examples' grace periods (the
     * shutdown phase, then the answers' 5 s, then this). A job still running then fails on the closed index, and its
     * document gets its vectors at the next start.
     */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private final ThreadPoolExecutor executor;

    BackgroundWork(String name, int queueSize) {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueSize), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a job; throws {@link java.util.concurrent.RejectedExecutionException} when the queue is full. */
    @Override
    public void execute(Runnable job) {
        executor.execute(job);
    }

    /** Whether closing has begun: a long job (the startup backfill) checks this between documents and stops. */
    boolean stopping() {
        return executor.isShutdown();
    }

    /**
     * Drops the queued jobs and waits {@link #CLOSE_WAIT} for the running one without interrupting it: a write by an
     * interrupted thread closes Lucene's index writer for everyone. What is dropped or unfinished gets its vectors at
     * the next start.
     */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        List<Runnable> dropped = new ArrayList<>();
        executor.getQueue().drainTo(dropped);
        if (!dropped.isEmpty()) {
            log.info("Stopping: {} queued vector job(s) dropped; their passages get vectors at the next start",
                    dropped.size());
        }
        if (!executor.awaitTermination(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("Stopping: a vector job still runs after {} s; left to end with the process",
                    CLOSE_WAIT.toSeconds());
        }
    }
}
