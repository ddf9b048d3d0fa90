package dev.cairn.knowledge.index;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether writes to the knowledge index succeed: the outcome of the last one, so that readiness goes DOWN after a
 * failed write (a full disk, a vanished directory) and UP again after the next write that succeeds. Safe for
 * concurrent use. It logs only the recovery; the failure itself is logged once by whoever reports it.
 */
public final class IndexWriteHealth {
    private static final Logger log = LoggerFactory.getLogger(IndexWriteHealth.class);
    private final Clock clock;
    private final AtomicReference<Optional<Failure>> failure = new AtomicReference<>(Optional.empty());
    private final AtomicReference<Optional<Instant>> lastSuccess = new AtomicReference<>(Optional.empty());

    /**
     * The last write that failed.
     *
     * @param what  what was being written, e.g. the file's name
     * @param cause the error's message
     * @param at    when
     */
    public record Failure(String what, String cause, Instant at) {
        public Failure {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(at, "at");
        }
    }

    public IndexWriteHealth(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a write that reached the disk; clears an earlier failure. */
    public void succeeded() {
        lastSuccess.set(Optional.of(clock.instant()));
        Optional<Failure> was = failure.getAndSet(Optional.empty());
        was.ifPresent(f -> log.info("writes to the knowledge index succeed again (the last failure was at {})",
                f.at()));
    }

    /** Records a write that failed and changed nothing. */
    public void failed(String what, Throwable cause) {
        failure.set(Optional.of(new Failure(what, String.valueOf(cause.getMessage()), clock.instant())));
    }

    /** The failure of the last write, present until a write succeeds. */
    public Optional<Failure> failure() {
        return failure.get();
    }

    /** When a write last succeeded since the index was opened. */
    public Optional<Instant> lastSuccess() {
        return lastSuccess.get();
    }
}
