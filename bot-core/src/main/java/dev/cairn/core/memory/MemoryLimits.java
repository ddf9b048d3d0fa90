package dev.cairn.core.memory;

import java.time.Duration;

/** The checks every conversation memory makes of its limits, so that each refuses the same nonsense alike. */
public final class MemoryLimits {
    private MemoryLimits() {
    }

    /** Throws {@link IllegalArgumentException} naming the first limit that is not positive. */
    public static void check(int maxTurns, Duration idleTtl, long maxConversations) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be 1 or more, was " + maxTurns);
        }
        if (idleTtl.isNegative() || idleTtl.isZero()) {
            throw new IllegalArgumentException("idleTtl must be positive, was " + idleTtl);
        }
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be 1 or more, was " + maxConversations);
        }
    }
}
