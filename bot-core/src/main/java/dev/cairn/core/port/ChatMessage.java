package dev.cairn.core.port;

import java.util.Objects;

/** One message of a conversation with a language model. */
public record ChatMessage(Role role, String content) {
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /** Who speaks: the instructions, the user, or the model. */
    public enum Role {
        SYSTEM, USER, ASSISTANT
    }
}
