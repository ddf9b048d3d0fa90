package dev.cairn.model.openai;

import java.time.Duration;
import org.springframework.core.retry.RetryPolicy;

/**
 * The retry policy of one answer (Spring Framework's core retry): only failures that may pass
 * ({@link AttemptFailed#retryable()}), at most {@code maxRetries} more tries, exponential backoff from
 * {@code firstDelay} doubling each time with a quarter of random jitter either way, and no wait that would end
 * past the answer's budget.
 */
final class RetryPolicies {
    /** The first wait before a retry in production. */
    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    private static final double MULTIPLIER = 2.0;
    private static final int MAX_DELAY_FACTOR = 16;

    private RetryPolicies() {
    }

    static RetryPolicy forAnswer(int maxRetries, Duration budget, Duration firstDelay) {
        return RetryPolicy.builder()
                .maxRetries(maxRetries)
                .timeout(budget)
                .delay(firstDelay)
                .multiplier(MULTIPLIER)
                .jitter(firstDelay.dividedBy(4))
                .maxDelay(firstDelay.multipliedBy(MAX_DELAY_FACTOR))
                .predicate(e -> e instanceof AttemptFailed failed && failed.retryable())
                .build();
    }
}
