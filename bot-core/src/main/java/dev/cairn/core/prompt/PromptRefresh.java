package dev.cairn.core.prompt;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls {@link PromptBook#refresh()} every interval on one daemon thread, so a template another replica saved to the
 * shared store takes effect here; a refresh that fails is logged and the templates in effect stay. Close to stop.
 */
public final class PromptRefresh implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PromptRefresh.class.getName());
    private final ScheduledExecutorService timer;

    private PromptRefresh(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static PromptRefresh every(PromptBook book, Duration interval) {
        Objects.requireNonNull(book, "book");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "prompt-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> refresh(book), millis, millis, TimeUnit.MILLISECONDS);
        return new PromptRefresh(timer);
    }

    private static void refresh(PromptBook book) {
        try {
            if (book.refresh()) {
                LOG.log(System.Logger.Level.INFO, "reloaded the saved prompt templates: another replica saved one");
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not reload the saved prompt templates; the ones in effect "
                    + "stay: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
