package dev.cairn.core;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work done for someone who waits for a reply: {@link #run()} does it; {@link #abandon()} is called instead when the
 * process stops before the work could start (or could finish), and tells that person to ask again, so that nothing
 * is dropped silently. An executor that knows nothing of jobs simply runs them; {@code abandon()} must not throw.
 */
public interface Job extends Runnable {
    /** Tells the person waiting that the work will not be done; called at most once, never together with a retry. */
    void abandon();

    /**
     * A job that makes a reply with {@code work} and sends it with {@code deliver}, or tells the person to ask again
     * with {@code abandoned}: whichever comes first, never both, even when a running job is abandoned.
     */
    static <T> Job replying(Supplier<T> work, Consumer<T> deliver, Runnable abandoned) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(deliver, "deliver");
        Objects.requireNonNull(abandoned, "abandoned");
        AtomicBoolean settled = new AtomicBoolean();
        return of(() -> {
            T reply = work.get();
            if (settled.compareAndSet(false, true)) {
                deliver.accept(reply);
            }
        }, () -> {
            if (settled.compareAndSet(false, true)) {
                abandoned.run();
            }
        });
    }

    /** A job of {@code work} that runs {@code abandoned} when it is abandoned. */
    static Job of(Runnable work, Runnable abandoned) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(abandoned, "abandoned");
        return new Job() {
            @Override
            public void run() {
                work.run();
            }

            @Override
            public void abandon() {
                abandoned.run();
            }
        };
    }
}
