package dev.cairn.core.port;

import java.util.Objects;

/** A language model's answer and what it cost in tokens. */
public record ModelReply(String text, int inputTokens, int outputTokens) {
    public ModelReply {
        Objects.requireNonNull(text, "text");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }
}
