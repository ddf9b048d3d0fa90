package dev.cairn.core.port;

import dev.cairn.core.Platform;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What Cairn remembers of a user's earlier questions, for prompt templates; a store that fails answers {@link Asker#NEW}. */
public interface AskerHistory {
    /** For deployments that keep no records: everyone is new. */
    AskerHistory NONE = (platform, userId) -> Asker.NEW;

    /** The user's earlier questions (answered or not), not counting the one being asked now. */
    Asker of(Platform platform, String userId);

    /**
     * @param questionCount questions asked before this one
     * @param firstSeen     when the first of them was asked; empty for a new user
     */
    record Asker(int questionCount, Optional<Instant> firstSeen) {
        public static final Asker NEW = new Asker(0, Optional.empty());

        public Asker {
            if (questionCount < 0) {
                throw new IllegalArgumentException("questionCount must not be negative");
            }
            Objects.requireNonNull(firstSeen, "firstSeen");
        }

        public boolean isNew() {
            return questionCount == 0;
        }
    }
}
