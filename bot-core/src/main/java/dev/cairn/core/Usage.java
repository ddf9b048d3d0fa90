package dev.cairn.core;

import java.util.Objects;

/**
 * What producing one reply cost, and which prompt produced it.
 *
 * @param latencyMillis wall-clock time from receiving the message to the reply
 * @param inputTokens   model input tokens, 0 without a model
 * @param outputTokens  model output tokens, 0 without a model
 * @param experiment    the prompt experiment the asker took part in, {@code default} when none
 * @param variant       the prompt variant (or template, outside experiments) used, {@code default} when none
 */
public record Usage(long latencyMillis, int inputTokens, int outputTokens, String experiment, String variant) {
    public static final String DEFAULT = "default";

    public Usage {
        if (latencyMillis < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("usage figures must not be negative");
        }
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(variant, "variant");
    }

    /** Figures outside any experiment. */
    public Usage(long latencyMillis, int inputTokens, int outputTokens) {
        this(latencyMillis, inputTokens, outputTokens, DEFAULT, DEFAULT);
    }

    public static Usage none() {
        return new Usage(0, 0, 0);
    }
}
