package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IndexWriteHealthTest {
    private final Instant now = Instant.parse("2026-12-05T03:00:00Z");
    private final IndexWriteHealth health = new IndexWriteHealth(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aFreshIndexHasNoFailureAndNoWriteYet() {
        assertThat(health.failure()).isEmpty();
        assertThat(health.lastSuccess()).isEmpty();
    }

    @Test
    void aFailureStaysUntilAWriteSucceeds() {
        health.succeeded();
        health.failed("report.pdf", new IOException("No space left on device"));

        assertThat(health.failure()).contains(new IndexWriteHealth.Failure("report.pdf", "No space left on device",
                now));

        health.succeeded();

        assertThat(health.failure()).isEmpty();
        assertThat(health.lastSuccess()).contains(now);
    }
}
