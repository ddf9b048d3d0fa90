package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuestionRateLimitTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:00:00Z"));

    private static InboundMessage from(Platform platform, String user) {
        return InboundMessage.question(platform, "W1", new User(user, null), "how do I request leave?");
    }

    @Test
    void admitsUpToTheLimitThenSaysWhenToTryAgain() {
        QuestionRateLimit limit = new QuestionRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.admit(from(Platform.SLACK, "U1"))).isEmpty();
            clock.advance(Duration.ofSeconds(6));
        }
        // The first question was asked 18 s ago: the window frees a place 42 s from now.
        assertThat(limit.admit(from(Platform.SLACK, "U1")).map(English::of))
                .contains("You've asked 3 questions in the last minute; try again in 42 seconds.");
    }

    @Test
    void aRefusedQuestionDoesNotCountAndTheWindowSlides() {
        QuestionRateLimit limit = new QuestionRateLimit(2, clock);
        limit.admit(from(Platform.WEB, "ann"));
        clock.advance(Duration.ofSeconds(30));
        limit.admit(from(Platform.WEB, "ann"));
        assertThat(limit.admit(from(Platform.WEB, "ann"))).isPresent();
        assertThat(limit.admit(from(Platform.WEB, "ann"))).isPresent();

        clock.advance(Duration.ofSeconds(30));
        assertThat(limit.admit(from(Platform.WEB, "ann"))).as("the first question left the window").isEmpty();
        assertThat(limit.admit(from(Platform.WEB, "ann")).map(English::of))
                .contains("You've asked 2 questions in the last minute; try again in 30 seconds.");
    }

    @Test
    void countsEachUserOnEachPlatformApart() {
        QuestionRateLimit limit = new QuestionRateLimit(1, clock);
        assertThat(limit.admit(from(Platform.SLACK, "U1"))).isEmpty();
        assertThat(limit.admit(from(Platform.SLACK, "U2"))).isEmpty();
        assertThat(limit.admit(from(Platform.DISCORD, "U1"))).isEmpty();
        assertThat(limit.admit(from(Platform.SLACK, "U1")).map(English::of))
                .contains("You've asked 1 question in the last minute; try again in 60 seconds.");
    }

    @Test
    void roundsTheWaitUpToWholeSeconds() {
        QuestionRateLimit limit = new QuestionRateLimit(1, clock);
        limit.admit(from(Platform.WEB, "ann"));
        clock.advance(Duration.ofMillis(59_500));
        assertThat(limit.admit(from(Platform.WEB, "ann")).map(English::of)).contains(
                "You've asked 1 question in the last minute; try again in 1 second.");
        clock.advance(Duration.ofMillis(500));
        assertThat(limit.admit(from(Platform.WEB, "ann"))).isEmpty();
    }

    @Test
    void zeroMeansNoLimit() {
        QuestionRateLimit limit = new QuestionRateLimit(0, clock);
        for (int i = 0; i < 1000; i++) {
            assertThat(limit.admit(from(Platform.WEB, "ann"))).isEmpty();
        }
    }

    @Test
    void refusesANegativeLimit() {
        assertThatThrownBy(() -> new QuestionRateLimit(-1, clock)).hasMessageContaining("perMinute");
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
