package dev.cairn.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides which knowledge scopes a message may read and which one its files go to: a Slack workspace's own scope
 * ({@code slack:T123}), a Discord guild's ({@code discord:G456}), {@code web} for the web page and API, plus shared
 * collections visible everywhere; and which workspace a direct message (which belongs to none) may read.
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

    /**
     * The workspace whose knowledge a direct message may read: the one workspace its sender shares with the bot.
     * With none, or several, there is no safe choice and the answer is empty (the sender is told to ask in a
     * workspace instead). {@code shared} is read lazily, no further than needed to tell one from several.
     */
    public Optional<String> directMessageWorkspace(Stream<String> shared) {
        List<String> firstTwo = shared.limit(2).toList();
        return firstTwo.size() == 1 ? Optional.of(firstTwo.get(0)) : Optional.empty();
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
