package dev.cairn.core.memory;

import java.util.List;

/** Remembers the last turns of each conversation; forgetting is allowed at any time (idle expiry, capacity), so callers treat an empty history as normal. */
public interface ConversationMemory {

    /** The remembered turns, oldest first; empty when none. */
    List<Turn> turns(ConversationKey key);

    /** Appends a turn, dropping the oldest beyond the configured number of turns. */
    void append(ConversationKey key, Turn turn);

    /** Forgets the conversation. */
    void forget(ConversationKey key);
}
