package dev.cairn.discord.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers which reply each of the bot's recent answer messages carries, so that a reaction on the message can be
 * recorded as feedback on the reply; the oldest entries are forgotten past {@code capacity}.
 */
final class AnswerIndex {
    private final Map<Long, Answered> byMessage;

    /** What a message of the bot answered: the reply's id and the workspace it was asked in. */
    public record Answered(String replyId, String workspace) {
        public Answered {
            Objects.requireNonNull(replyId, "replyId");
            Objects.requireNonNull(workspace, "workspace");
        }
    }

    public AnswerIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more, was " + capacity);
        }
        this.byMessage = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Answered> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(long messageId, Answered answered) {
        byMessage.put(messageId, Objects.requireNonNull(answered, "answered"));
    }

    public synchronized Optional<Answered> find(long messageId) {
        return Optional.ofNullable(byMessage.get(messageId));
    }
}
