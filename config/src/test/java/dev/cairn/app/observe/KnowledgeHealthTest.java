package dev.cairn.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.IndexWriteHealth;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KnowledgeHealthTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteTurnsTheKnowledgeDownUntilAWriteSucceeds() throws IOException {
        Instant at = Instant.parse("2026-12-05T03:00:00Z");
        IndexWriteHealth writes = new IndexWriteHealth(Clock.fixed(at, ZoneOffset.UTC));
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            KnowledgeHealth health = new KnowledgeHealth(
                    new LuceneKnowledgeBase(index, RetrievalMode.BM25, EmbeddingRouter.none()), writes);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            writes.failed("report.pdf", new IOException("No space left on device"));
            Health down = health.health();

            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("failed_write", "report.pdf")
                    .containsEntry("failed_at", "2026-12-05T03:00:00Z")
                    .containsEntry("error", "the last write to the knowledge index failed: No space left on device");

            writes.succeeded();
            Health up = health.health();

            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("documents", 0).containsEntry("last_write",
                    "2026-12-05T03:00:00Z");
        }
    }

    @Test
    void theRealIndexFeedsItsOwnWriteHealth() throws IOException {
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            KnowledgeHealth health = new KnowledgeHealth(
                    new LuceneKnowledgeBase(index, RetrievalMode.BM25, EmbeddingRouter.none()), index.writeHealth());

            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(index.delete("no-such-document")).isFalse();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
    }
}
