package dev.cairn.core.pipeline;

import dev.cairn.core.answer.Answerer;
import dev.cairn.core.answer.Question;
import java.util.Objects;

/** Has the answerer write the answer from the retrieved passages. */
public final class AnswerStep implements Step {
    private final Answerer answerer;

    public AnswerStep(Answerer answerer) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
    }

    @Override
    public void apply(Exchange exchange) {
        Question question = new Question(exchange.message(), exchange.history(), exchange.prompt());
        exchange.answer(answerer.answer(question, exchange.passages(), exchange.sink()));
    }
}
