package dev.cairn.core.runbook;

import dev.cairn.core.Admins;
import dev.cairn.core.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may decide a runbook action. An entry qualified by its platform ({@code slack:U123}, {@code discord:456},
 * {@code web:ann}, read as {@link Admins} reads them) matches that platform only; a bare user id matches Slack and
 * Discord, never the web, where names are API key names. Roles ({@code role:NAME}) must be expanded by configuration
 * first; an entry that is none of these throws {@link IllegalArgumentException} naming it.
 */
public final class Approvers {
    private final Set<String> bare;
    private final Admins qualified;

    private Approvers(Set<String> bare, Admins qualified) {
        this.bare = Set.copyOf(bare);
        this.qualified = qualified;
    }

    /** Reads the entries; blank ones are skipped. */
    public static Approvers of(Iterable<String> entries) {
        Set<String> bare = new HashSet<>();
        List<String> qualified = new ArrayList<>();
        for (String raw : Objects.requireNonNull(entries, "entries")) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.indexOf(':') < 0) {
                bare.add(entry);
            } else {
                qualified.add(entry);
            }
        }
        try {
            return new Approvers(bare, Admins.of(qualified));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("approver entries must be a Slack or Discord user id, slack:ID, "
                    + "discord:ID, web:NAME or role:NAME (a role of cairn.runbooks.roles); " + e.getMessage(), e);
        }
    }

    /** Whether the user {@code userId}, authenticated on {@code platform}, may decide. */
    public boolean include(Platform platform, String userId) {
        Objects.requireNonNull(platform, "platform");
        if (userId == null || userId.isBlank()) {
            return false;
        }
        return qualified.includes(platform, userId) || platform != Platform.WEB && bare.contains(userId);
    }
}
