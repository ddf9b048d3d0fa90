package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;

/** A language model's answer, or its request to call tools first, and what it cost in tokens. */
public record ModelReply(String text, List<ToolInvocation> toolCalls, int inputTokens, int outputTokens) {
    public ModelReply {
        Objects.requireNonNull(text, "text");
        toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }
}
