package dev.cairn.core.answer;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Has a language model write the answer from the retrieved passages, offered as citations [1]..[k] (the citation
 * check then keeps only those the text cites). With no relevant passage it says so without asking the model. When
 * the model fails, the answer is the fallback's (extractive), after one line saying the model was unavailable.
 */
public final class GenerativeAnswerer implements Answerer {
    public static final String MODEL_UNAVAILABLE = "(The language model is unavailable right now, so here are the "
            + "most relevant passages.)";
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    private final LanguageModel model;
    private final Answerer fallback;

    public GenerativeAnswerer(LanguageModel model, Answerer fallback) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (passages.isEmpty()) {
            return fallback.answer(question, passages, sink);
        }
        ModelReply reply;
        try {
            reply = model.complete(GroundedPrompt.of(question, passages), sink);
        } catch (LanguageModelException e) {
            sink.accept(MODEL_UNAVAILABLE + "\n");
            Answer extractive = fallback.answer(question, passages, sink);
            return new Answer(MODEL_UNAVAILABLE + "\n" + extractive.text(), extractive.citations(),
                    extractive.outcome(), 0, 0);
        }
        List<Citation> offered = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            offered.add(new Citation(i + 1, p.documentId(), p.document(), p.location(), p.text().strip(), p.link()));
        }
        Outcome outcome = MARKER.matcher(reply.text()).find() ? Outcome.ANSWERED : Outcome.NO_ANSWER;
        return new Answer(reply.text(), offered, outcome, reply.inputTokens(), reply.outputTokens());
    }
}
