package dev.cairn.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.i18n.Phrase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perMinute} questions per user and platform in any sliding minute; a question over the limit gets a
 * polite reply saying when to try again and is not counted. Zero turns the limit off.
 */
public final class QuestionRateLimit {
    /** No limit. */
    public static final QuestionRateLimit OFF = new QuestionRateLimit(0, Clock.systemUTC());
    private static final long WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();
    private static final long MAX_USERS = 100_000;
    private final int perMinute;
    private final Clock clock;
    private final Cache<String, ArrayDeque<Long>> recent;

    /** @param perMinute questions allowed per user in one minute, 0 for no limit */
    public QuestionRateLimit(int perMinute, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must not be negative, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recent = Caffeine.newBuilder().expireAfterAccess(Duration.ofMillis(WINDOW_MILLIS))
                .maximumSize(MAX_USERS).ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run).build();
    }

    /** Counts the question of {@code message} and returns empty, or returns the reply to give when it is over the limit. */
    public Optional<Phrase> admit(InboundMessage message) {
        if (perMinute == 0) {
            return Optional.empty();
        }
        long now = clock.millis();
        long[] waitMillis = {0};
        recent.asMap().compute(message.platform().id() + ":" + message.user().id(), (user, asked) -> {
            ArrayDeque<Long> times = asked == null ? new ArrayDeque<>() : asked;
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.removeFirst();
            }
            if (times.size() >= perMinute) {
                waitMillis[0] = times.peekFirst() + WINDOW_MILLIS - now;
            } else {
                times.addLast(now);
            }
            return times;
        });
        return waitMillis[0] > 0 ? Optional.of(refusal(waitMillis[0])) : Optional.empty();
    }

    private Phrase refusal(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return Phrase.of("rate.limited", perMinute, seconds);
    }
}
