package dev.cairn.core.port;

import dev.cairn.core.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * A vote on one reply.
 *
 * @param replyId   the {@link dev.cairn.core.BotReply#id()} voted on
 * @param platform  where the vote was cast
 * @param workspace Slack team, Discord guild or {@code web}
 * @param userId    who voted
 * @param vote      up or down
 * @param at        when
 */
public record Feedback(String replyId, Platform platform, String workspace, String userId, Vote vote, Instant at) {
    public Feedback {
        if (replyId == null || replyId.isBlank()) {
            throw new IllegalArgumentException("replyId must not be blank");
        }
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(at, "at");
    }
}
