package dev.cairn.core;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The users who may run admin commands such as {@code stats}. An entry is a bare user id ({@code U123}: Slack or
 * Discord, never the web) or one qualified by its platform ({@code slack:U123}, {@code discord:456}, {@code web:alice}); blank entries are
 * skipped, a bad one throws {@link IllegalArgumentException} naming it.
 */
public final class Admins {
    /** Nobody is an admin. */
    public static final Admins NONE = new Admins(Set.of(), Set.of());

    private final Set<String> slackOrDiscord;
    private final Set<String> qualified;

    private Admins(Set<String> slackOrDiscord, Set<String> qualified) {
        this.slackOrDiscord = Set.copyOf(slackOrDiscord);
        this.qualified = Set.copyOf(qualified);
    }

    /** Reads the entries; an entry whose prefix before the first {@code :} is no platform is refused. */
    public static Admins of(List<String> entries) {
        Set<String> anyPlatform = new HashSet<>();
        Set<String> qualified = new HashSet<>();
        for (String raw : Objects.requireNonNull(entries, "entries")) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                anyPlatform.add(entry);
                continue;
            }
            String platform = entry.substring(0, colon).toLowerCase(Locale.ROOT);
            String user = entry.substring(colon + 1).strip();
            if (Arrays.stream(Platform.values()).noneMatch(p -> p.id().equals(platform)) || user.isEmpty()) {
                throw new IllegalArgumentException("admin entry '" + entry + "' must be a user id or "
                        + "slack:ID, discord:ID or web:NAME");
            }
            qualified.add(platform + ":" + user);
        }
        return new Admins(anyPlatform, qualified);
    }

    /**
     * Whether the user {@code userId} on {@code platform} is an admin: a bare id names a Slack or Discord user, never
     * a web one (web users name themselves), a qualified one ({@code web:NAME}) that platform's user.
     */
    public boolean includes(Platform platform, String userId) {
        return (platform != Platform.WEB && slackOrDiscord.contains(userId))
                || qualified.contains(platform.id() + ":" + userId);
    }

    /** Whether whoever sent {@code message} is an admin; never a user whose id the platform does not vouch for. */
    public boolean includes(InboundMessage message) {
        return message.user().verified() && includes(message.platform(), message.user().id());
    }
}
