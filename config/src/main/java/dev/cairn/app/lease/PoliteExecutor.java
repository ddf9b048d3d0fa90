package dev.cairn.app.lease;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Runs the lease's election loop, and turns "cancel, interrupting" into "cancel" for it: an interrupt that lands in
 * the middle of a query can close an embedded H2 database under the whole application, while the loop sees that it
 * was stopped within one heartbeat anyway and then gives the lease up cleanly.
 */
final class PoliteExecutor implements AsyncTaskExecutor {
    private final ExecutorService delegate;

    PoliteExecutor(ExecutorService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        delegate.execute(task);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return new Uninterrupted<>(delegate.submit(task));
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return new Uninterrupted<>(delegate.submit(task));
    }

    private record Uninterrupted<T>(Future<T> future) implements Future<T> {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return future.cancel(false);
        }

        @Override
        public boolean isCancelled() {
            return future.isCancelled();
        }

        @Override
        public boolean isDone() {
            return future.isDone();
        }

        @Override
        public T get() throws InterruptedException, ExecutionException {
            return future.get();
        }

        @Override
        public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return future.get(timeout, unit);
        }
    }
}
