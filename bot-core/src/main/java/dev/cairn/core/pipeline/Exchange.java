package dev.cairn.core.pipeline;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.Turn;
import dev.cairn.core.port.Passage;
import dev.cairn.core.prompt.RenderedPrompt;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The state of one question as it moves through the pipeline; each step reads what earlier steps set. */
public final class Exchange {
    private final InboundMessage message;
    private final ConversationKey key;
    private final DeltaSink sink;
    private List<Turn> history = List.of();
    private List<Passage> passages = List.of();
    private Answer answer;
    private RenderedPrompt prompt; // null until chosen

    public Exchange(InboundMessage message, DeltaSink sink) {
        this.message = Objects.requireNonNull(message, "message");
        this.key = ConversationKey.of(message);
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    public InboundMessage message() {
        return message;
    }

    public ConversationKey key() {
        return key;
    }

    public DeltaSink sink() {
        return sink;
    }

    public List<Turn> history() {
        return history;
    }

    public void history(List<Turn> turns) {
        this.history = List.copyOf(turns);
    }

    public List<Passage> passages() {
        return passages;
    }

    public void passages(List<Passage> found) {
        this.passages = List.copyOf(found);
    }

    /** The prompt texts for this question; Cairn's built-in ones until a step chooses. */
    public RenderedPrompt prompt() {
        return prompt == null ? RenderedPrompt.DEFAULT : prompt;
    }

    /** True once a prompt was chosen (by a step, or preset by the playground); later choices do not replace it. */
    public boolean promptChosen() {
        return prompt != null;
    }

    public void prompt(RenderedPrompt chosen) {
        this.prompt = Objects.requireNonNull(chosen, "prompt");
    }

    public Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    public void answer(Answer value) {
        this.answer = Objects.requireNonNull(value, "answer");
    }
}
