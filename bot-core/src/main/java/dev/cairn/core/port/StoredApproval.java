package dev.cairn.core.port;

import dev.cairn.core.Platform;
import dev.cairn.core.User;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed runbook action as the approval store keeps it: enough to resolve the action by name and to post its
 * outcome where it was asked after a restart.
 *
 * @param id         the approval id shown with Approve / Deny
 * @param action     the configured action's name
 * @param arguments  its parameters' values, in the action's order
 * @param platform   where it was asked
 * @param workspace  Slack team, Discord guild or {@code web}
 * @param channel    channel id, empty when none
 * @param thread     thread id, empty when not in a thread
 * @param requester  who asked
 * @param question   what they asked
 * @param proposedAt when the model proposed it
 * @param expiresAt  after this instant it can no longer be approved
 * @param state      pending, approved or denied
 * @param decidedBy  the platform-qualified approver ({@code slack:U123}, {@code web:ann}), empty while pending
 */
public record StoredApproval(String id, String action, Map<String, String> arguments, Platform platform,
                             String workspace, String channel, String thread, User requester, String question,
                             Instant proposedAt, Instant expiresAt, State state, String decidedBy) {
    public StoredApproval {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action must not be blank");
        }
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(arguments, "arguments")));
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        channel = channel == null ? "" : channel;
        thread = thread == null ? "" : thread;
        Objects.requireNonNull(requester, "requester");
        question = question == null ? "" : question;
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
        decidedBy = decidedBy == null ? "" : decidedBy;
    }

    /** Whether it can no longer be approved at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Where an approval stands. */
    public enum State {
        PENDING, APPROVED, DENIED
    }
}
