package dev.cairn.core.runbook;

import dev.cairn.core.InboundMessage;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A runbook action the model proposed, waiting for an approver until it expires.
 *
 * @param id          the approval id shown with Approve / Deny
 * @param action      what would run
 * @param arguments   its parameters' values
 * @param asked       the message whose answer proposed it: who asked, and where (platform, workspace, channel,
 *                    thread) the Approve / Deny buttons belong
 * @param at          when
 * @param expiresAt   from this instant on it can no longer be approved
 */
public record Proposal(String id, RunbookAction action, Map<String, String> arguments, InboundMessage asked,
                       Instant at, Instant expiresAt) {
    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String requestedBy() {
        return asked.user().id();
    }

    public String channel() {
        return asked.channel();
    }

    /** The exact action, as an approver reads it: {@code restart-service(service=api)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(action.name()).append('(');
        action.parameters().forEach(p -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                .append(p).append('=').append(arguments.get(p)));
        return text.append(')').toString();
    }
}
