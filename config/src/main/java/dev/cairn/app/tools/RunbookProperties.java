package dev.cairn.app.tools;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runbook actions the model may propose ({@code cairn.runbooks.actions}); each runs only after one of its
 * approvers approves it.
 *
 * @param actions the actions
 * @param roles   named groups of user ids; an approver written {@code role:NAME} stands for every member
 * @param timeout how long one action's HTTP call may take
 */
@ConfigurationProperties("cairn.runbooks")
public record RunbookProperties(@DefaultValue List<Action> actions, @DefaultValue Map<String, List<String>> roles,
                                @DefaultValue("30s") Duration timeout) {

    /**
     * @param name        identifier (letters, digits, {@code _}, {@code -})
     * @param description what it does, shown to the model and the approver
     * @param parameters  parameter names, all required strings
     * @param approvers   user ids allowed to approve (Slack user ids, Discord user ids, or web user names), or
     *                    {@code role:NAME} for the members of a role
     * @param method      GET or POST
     * @param url         the call; {@code {{param}}} is replaced by the URL-encoded value
     * @param body        the POST body; {@code {{param}}} is replaced by the JSON-escaped value
     */
    public record Action(String name, String description, @DefaultValue List<String> parameters,
                         @DefaultValue List<String> approvers, @DefaultValue("POST") String method, String url,
                         @DefaultValue("") String body) {
    }
}
