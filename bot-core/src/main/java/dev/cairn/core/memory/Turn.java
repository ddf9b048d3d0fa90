package dev.cairn.core.memory;

import java.time.Instant;
import java.util.Objects;

/** One question and the answer given to it. */
public record Turn(String question, String answer, Instant at) {
    public Turn {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
    }
}
