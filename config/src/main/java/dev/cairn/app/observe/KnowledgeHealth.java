package dev.cairn.app.observe;

import dev.cairn.core.port.KnowledgeBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The knowledge index is readable: part of readiness. */
public final class KnowledgeHealth implements HealthIndicator {
    private final KnowledgeBase knowledge;

    public KnowledgeHealth(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("documents", knowledge.documentCount()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
