package dev.cairn.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Conversation memory in this process's heap: the last {@code maxTurns} turns per key, idle expiry, bounded count of conversations. */
public final class CaffeineConversationMemory implements ConversationMemory {
    private final Cache<ConversationKey, List<Turn>> cache;
    private final int maxTurns;

    public CaffeineConversationMemory(int maxTurns, Duration idleTtl, long maxConversations) {
        this(maxTurns, idleTtl, maxConversations, Ticker.systemTicker());
    }

    /** As the public constructor, with a clock for tests. */
    CaffeineConversationMemory(int maxTurns, Duration idleTtl, long maxConversations, Ticker ticker) {
        MemoryLimits.check(maxTurns, idleTtl, maxConversations);
        this.maxTurns = maxTurns;
        this.cache = Caffeine.newBuilder().expireAfterAccess(idleTtl).maximumSize(maxConversations)
                .ticker(ticker).executor(Runnable::run).build();
    }

    @Override
    public List<Turn> turns(ConversationKey key) {
        List<Turn> turns = cache.getIfPresent(key);
        return turns == null ? List.of() : turns;
    }

    @Override
    public void append(ConversationKey key, Turn turn) {
        cache.asMap().compute(key, (k, old) -> {
            List<Turn> turns = new ArrayList<>(old == null ? List.of() : old);
            turns.add(turn);
            int excess = turns.size() - maxTurns;
            return List.copyOf(excess > 0 ? turns.subList(excess, turns.size()) : turns);
        });
    }

    @Override
    public void forget(ConversationKey key) {
        cache.invalidate(key);
    }

    /** Conversations currently held (approximate, for tests and metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
