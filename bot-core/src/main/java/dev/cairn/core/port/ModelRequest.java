package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;

/** What is sent to a language model: the messages, the first one the system instructions. */
public record ModelRequest(List<ChatMessage> messages) {
    public ModelRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
    }
}
