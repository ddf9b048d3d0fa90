package dev.cairn.app.discord;

import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.Answerer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.answer.Question;
import dev.cairn.core.port.Passage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Answers like the extractive answerer, except that a question starting with {@link #HOLD} waits until the test
 * {@link #open opens} the gate: so that a test can keep the answer pool busy for as long as it needs. Not annotated as
 * a configuration, so that component scanning never picks it up; pass {@link Wiring} as a source to use it.
 */
final class GatedAnswerer implements Answerer {
    static final String HOLD = "hold";
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);
    private final ExtractiveAnswerer extractive = new ExtractiveAnswerer();
    private final Semaphore held = new Semaphore(0);
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Makes this answerer the one Cairn uses. */
    static final class Wiring {
        @Bean
        @Primary
        GatedAnswerer gatedAnswerer() {
            return new GatedAnswerer();
        }
    }

    /** Closes the gate: from now on, held questions wait. */
    void close() {
        gate = new CountDownLatch(1);
    }

    /** Lets every held question through. */
    void open() {
        gate.countDown();
    }

    /** Waits until a question is being held. */
    void awaitHeld() throws InterruptedException {
        if (!held.tryAcquire(LONGEST_HOLD.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("no question reached the answerer");
        }
    }

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (question.text().startsWith(HOLD)) {
            CountDownLatch waitFor = gate;
            held.release();
            try {
                if (!waitFor.await(LONGEST_HOLD.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return extractive.answer(question, passages, sink);
    }
}
