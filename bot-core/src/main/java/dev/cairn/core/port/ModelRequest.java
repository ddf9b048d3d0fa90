package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;

/** What is sent to a language model: the messages (the first one the instructions) and the tools it may call. */
public record ModelRequest(List<ChatMessage> messages, List<Tool> tools) {
    public ModelRequest {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        tools = List.copyOf(Objects.requireNonNull(tools, "tools"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must not be empty");
        }
    }

    public ModelRequest(List<ChatMessage> messages) {
        this(messages, List.of());
    }
}
