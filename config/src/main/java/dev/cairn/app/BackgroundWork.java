package dev.cairn.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread with a bounded queue for work that follows a reply (embedding freshly indexed files). Closing it
 * drops queued jobs and waits for the running one, so it never touches a closed index.
 */
final class BackgroundWork implements Executor, AutoCloseable {
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

    /**
     * Drops the queued jobs and waits for the running one without interrupting it: a write by an interrupted thread
     * closes Lucene's index writer for everyone.
     */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.getQueue().clear();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
