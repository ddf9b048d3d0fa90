package dev.cairn.app.observe;

import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.knowledge.index.IndexWriteHealth;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The knowledge index is readable and its last write succeeded: part of readiness. After a write the disk refused it
 * is DOWN, with what failed and why, until a write succeeds again.
 */
public final class KnowledgeHealth implements HealthIndicator {
    private final KnowledgeBase knowledge;
    private final IndexWriteHealth writes;

    public KnowledgeHealth(KnowledgeBase knowledge, IndexWriteHealth writes) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.writes = Objects.requireNonNull(writes, "writes");
    }

    @Override
    public Health health() {
        Optional<IndexWriteHealth.Failure> failure = writes.failure();
        if (failure.isPresent()) {
            return Health.down().withDetail("error", "the last write to the knowledge index failed: "
                            + failure.get().cause())
                    .withDetail("failed_write", failure.get().what())
                    .withDetail("failed_at", failure.get().at().toString()).build();
        }
        try {
            Health.Builder up = Health.up().withDetail("documents", knowledge.documentCount());
            writes.lastSuccess().ifPresent(at -> up.withDetail("last_write", at.toString()));
            return up.build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
