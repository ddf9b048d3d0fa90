package dev.cairn.core;

import java.util.Objects;

/**
 * What producing one reply cost.
 *
 * @param latencyMillis wall-clock time from receiving the message to the reply
 * @param inputTokens   model input tokens, 0 without a model
 * @param outputTokens  model output tokens, 0 without a model
 * @param promptVariant the prompt variant used, {@code default} when none
 */
public record Usage(long latencyMillis, int inputTokens, int outputTokens, String promptVariant) {
    public Usage {
        if (latencyMillis < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("usage figures must not be negative");
        }
        Objects.requireNonNull(promptVariant, "promptVariant");
    }

    public static Usage none() {
        return new Usage(0, 0, 0, "default");
    }

    public Usage withLatency(long millis) {
        return new Usage(millis, inputTokens, outputTokens, promptVariant);
    }
}
