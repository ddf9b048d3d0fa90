package dev.cairn.core.runbook;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A runbook action the model proposed, waiting for an approver.
 *
 * @param id          the approval id shown with Approve / Deny
 * @param action      what would run
 * @param arguments   its parameters' values
 * @param requestedBy the user whose question led to it
 * @param channel     where it was asked
 * @param at          when
 */
public record Proposal(String id, RunbookAction action, Map<String, String> arguments, String requestedBy,
                       String channel, Instant at) {
    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }

    /** The exact action, as an approver reads it: {@code restart-service(service=api)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(action.name()).append('(');
        action.parameters().forEach(p -> text.append(text.charAt(text.length() - 1) == '(' ? "" : ", ")
                .append(p).append('=').append(arguments.get(p)));
        return text.append(')').toString();
    }
}
