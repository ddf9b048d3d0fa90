package dev.cairn.app.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a document on a shared store counts as abandoned by the replica that indexed it,
 * {@code cairn.knowledge.abandoned-after}: its passages still without vectors this long after it was indexed are
 * embedded by another replica's {@link AbandonedVectorsSweep}. Longer than the slowest embedding of one file, or two
 * replicas embed the same document (harmless, but twice the work).
 *
 * @param abandonedAfter age of a document without vectors after which another replica embeds it; positive
 */
@ConfigurationProperties("cairn.knowledge")
public record AbandonedVectorsProperties(@DefaultValue("2m") Duration abandonedAfter) {
    public AbandonedVectorsProperties {
        if (abandonedAfter.isZero() || abandonedAfter.isNegative()) {
            throw new IllegalArgumentException("cairn.knowledge.abandoned-after must be positive, was "
                    + abandonedAfter);
        }
    }
}
