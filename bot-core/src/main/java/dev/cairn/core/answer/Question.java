package dev.cairn.core.answer;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.memory.Turn;
import dev.cairn.core.prompt.RenderedPrompt;
import java.util.List;
import java.util.Objects;

/**
 * A question with what is needed to answer it.
 *
 * @param message the message that asked it
 * @param history earlier turns of the conversation, oldest first
 * @param prompt  the prompt texts to answer with
 */
public record Question(InboundMessage message, List<Turn> history, RenderedPrompt prompt) {
    public Question {
        Objects.requireNonNull(message, "message");
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Objects.requireNonNull(prompt, "prompt");
    }

    /** A question answered with Cairn's built-in prompt texts. */
    public Question(InboundMessage message, List<Turn> history) {
        this(message, history, RenderedPrompt.DEFAULT);
    }

    public String text() {
        return message.text().strip();
    }

    /** Earlier questions, most recent first: the context a follow-up needs. */
    public List<String> earlierQuestions(int max) {
        List<String> questions = new java.util.ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && questions.size() < max; i--) {
            questions.add(history.get(i).question());
        }
        return questions;
    }
}
