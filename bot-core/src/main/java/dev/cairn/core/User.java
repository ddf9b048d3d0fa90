package dev.cairn.core;

/**
 * The person who sent a message.
 *
 * @param id          stable platform user id
 * @param displayName the name to address them by; the id when unknown
 * @param verified    whether the platform vouches for the id: a signed Slack request or a Discord gateway event
 *                    does; a web request does only when the API key that authenticated it bears that name
 */
public record User(String id, String displayName, boolean verified) {
    public User {
        InboundMessage.requireText(id, "user id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }

    /** A user whose id the platform vouches for. */
    public User(String id, String displayName) {
        this(id, displayName, true);
    }
}
