package dev.cairn.app.tools;

import dev.cairn.core.runbook.RunbookAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runbook actions the model may propose ({@code cairn.runbooks.actions}); each runs only after one of its
 * approvers approves it, before the proposal expires. Invalid settings stop startup naming the action.
 *
 * @param actions     the actions
 * @param roles       named groups of approvers; an approver written {@code role:NAME} stands for every member
 * @param timeout     how long one action's HTTP call may take
 * @param approvalTtl how long a proposal waits for an approver; after that, approving it says it expired
 */
@ConfigurationProperties("cairn.runbooks")
public record RunbookProperties(@DefaultValue List<Action> actions, @DefaultValue Map<String, List<String>> roles,
                                @DefaultValue("30s") Duration timeout,
                                @DefaultValue("24h") Duration approvalTtl) {
    public RunbookProperties {
        if (approvalTtl.isNegative() || approvalTtl.isZero()) {
            throw new IllegalArgumentException("cairn.runbooks.approval-ttl must be positive, was " + approvalTtl);
        }
    }

    /**
     * @param name        identifier (letters, digits, {@code _}, {@code -})
     * @param description what it does, shown to the model and the approver
     * @param parameters  parameter names, all required strings
     * @param approvers   who may approve: {@code slack:U123}, {@code discord:456}, {@code web:NAME} (the name of
     *                    an API key {@code cairn.web.api-keys.NAME}), a bare Slack or Discord user id (never a web
     *                    user), or {@code role:NAME} for the members of a role
     * @param method      GET or POST
     * @param url         the call; {@code {{param}}} is replaced by the URL-encoded value
     * @param body        the POST body; {@code {{param}}} is replaced by the JSON-escaped value
     */
    public record Action(String name, String description, @DefaultValue List<String> parameters,
                         @DefaultValue List<String> approvers, @DefaultValue("POST") String method, String url,
                         @DefaultValue("") String body) {
    }

    /** The declared actions with their roles expanded; an invalid one throws naming it. */
    public List<RunbookAction> runbookActions() {
        List<RunbookAction> declared = new ArrayList<>();
        for (Action a : actions) {
            if (a.url() == null || a.url().isBlank()) {
                throw new IllegalArgumentException("cairn.runbooks.actions: " + a.name() + " needs a url");
            }
            try {
                declared.add(new RunbookAction(a.name(), a.description() == null ? "" : a.description(),
                        a.parameters(), approvers(a)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cairn.runbooks.actions: " + e.getMessage(), e);
            }
        }
        return declared;
    }

    /** The action's approvers, with each {@code role:NAME} replaced by the role's members. */
    private Set<String> approvers(Action action) {
        Set<String> approvers = new LinkedHashSet<>();
        for (String approver : action.approvers()) {
            String entry = approver == null ? "" : approver.strip();
            if (entry.startsWith("role:")) {
                List<String> members = roles.get(entry.substring(5));
                if (members == null) {
                    throw new IllegalArgumentException("cairn.runbooks.actions: " + action.name() + " names "
                            + entry + ", but cairn.runbooks.roles has no such role");
                }
                members.stream().map(String::strip).forEach(approvers::add);
            } else if (!entry.isEmpty()) {
                approvers.add(entry);
            }
        }
        return approvers;
    }
}
