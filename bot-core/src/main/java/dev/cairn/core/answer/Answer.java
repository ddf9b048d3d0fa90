package dev.cairn.core.answer;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * An answer before it is checked and sent.
 *
 * @param text         answer text with {@code [n]} markers
 * @param citations    the passages offered to the answer, numbered from 1
 * @param outcome      answered, or nothing relevant found
 * @param inputTokens  model input tokens, 0 without a model
 * @param outputTokens model output tokens, 0 without a model
 */
public record Answer(String text, List<Citation> citations, Outcome outcome, int inputTokens, int outputTokens) {
    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        Objects.requireNonNull(outcome, "outcome");
    }
}
