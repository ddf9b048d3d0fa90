package dev.cairn.core.runbook;

import dev.cairn.core.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An operation declared in configuration that the model may propose but never run: it runs only after one of its
 * approvers approves it.
 *
 * @param name        identifier, letters, digits, {@code _} and {@code -}
 * @param description what it does, for the model and for the approver
 * @param parameters  the names of its string parameters, all required
 * @param approvers   who may approve it, as {@link Approvers} reads them ({@code slack:U123}, {@code discord:456},
 *                    {@code web:ann}, or a bare Slack / Discord user id); roles already expanded
 */
public record RunbookAction(String name, String description, List<String> parameters, Set<String> approvers) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,48}");

    public RunbookAction {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("runbook name must be 1-48 letters, digits, _ or -, was '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        approvers = Set.copyOf(approvers);
        if (approvers.isEmpty()) {
            throw new IllegalArgumentException("runbook " + name + " needs at least one approver");
        }
        try {
            Approvers.of(approvers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("runbook " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code userId}, authenticated on {@code platform}, is one of its approvers. */
    public boolean approvableBy(Platform platform, String userId) {
        return Approvers.of(approvers).include(platform, userId);
    }
}
