package dev.cairn.core;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which knowledge scopes a message may read and which one its files go to: a Slack workspace's own scope
 * ({@code slack:T123}), a Discord guild's ({@code discord:G456}), {@code web} for the web page and API, plus shared
 * collections visible everywhere.
 */
public final class ScopePolicy {
    public static final String WEB = "web";
    private final Set<String> sharedCollections;

    public ScopePolicy(Set<String> sharedCollections) {
        this.sharedCollections = Set.copyOf(Objects.requireNonNull(sharedCollections, "sharedCollections"));
    }

    /** The scope files shared with this message are indexed into. */
    public String home(InboundMessage message) {
        return home(message.platform(), message.workspace());
    }

    /** The scope of a workspace: {@code web}, {@code slack:T123}, {@code discord:G456}. */
    public String home(Platform platform, String workspace) {
        return platform == Platform.WEB ? WEB : platform.id() + ":" + workspace;
    }

    /** Every scope a question in this message may retrieve from. */
    public Set<String> visible(InboundMessage message) {
        return visible(message.platform(), message.workspace());
    }

    /** Every scope a question asked in this workspace may retrieve from. */
    public Set<String> visible(Platform platform, String workspace) {
        Set<String> scopes = new HashSet<>(sharedCollections);
        scopes.add(home(platform, workspace));
        return Set.copyOf(scopes);
    }
}
