package dev.cairn.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks the replica for each request in turn, as a round-robin load balancer does: the n-th request of the whole run
 * (whichever asker sends it) goes to replica n mod the number of replicas. Thread-safe.
 */
final class RoundRobin {
    private final int replicas;
    private final AtomicLong sent = new AtomicLong();

    RoundRobin(int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be positive, not " + replicas);
        }
        this.replicas = replicas;
    }

    /** The index of the replica that gets the next request, in [0, replicas). */
    int next() {
        return (int) (sent.getAndIncrement() % replicas);
    }
}
