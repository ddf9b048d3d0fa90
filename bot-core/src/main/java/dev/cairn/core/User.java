package dev.cairn.core;

/**
 * The person who sent a message.
 *
 * @param id          stable platform user id
 * @param displayName the name to address them by; the id when unknown
 */
public record User(String id, String displayName) {
    public User {
        InboundMessage.requireText(id, "user id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }
}
