package dev.cairn.core.answer;

import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.ModelRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A language model for core tests: replays scripted replies in order (texts streamed word by word; the last one
 * repeats), or fails; records every request.
 */
final class ScriptedLanguageModel implements LanguageModel {
    final List<ModelRequest> requests = new ArrayList<>();
    private final Deque<ModelReply> replies;

    private ScriptedLanguageModel(List<ModelReply> replies) {
        this.replies = new ArrayDeque<>(replies);
    }

    static ScriptedLanguageModel replying(String text) {
        return new ScriptedLanguageModel(List.of(new ModelReply(text, List.of(), 321, 12)));
    }

    static ScriptedLanguageModel replying(ModelReply... replies) {
        return new ScriptedLanguageModel(List.of(replies));
    }

    static ScriptedLanguageModel failing() {
        return new ScriptedLanguageModel(List.of());
    }

    @Override
    public ModelReply complete(ModelRequest request, DeltaSink sink) {
        requests.add(request);
        if (replies.isEmpty()) {
            throw new LanguageModelException("timed out after 60 s");
        }
        ModelReply reply = replies.size() > 1 ? replies.poll() : replies.peek();
        if (!reply.text().isEmpty()) {
            for (String word : reply.text().split("(?<= )")) {
                sink.accept(word);
            }
        }
        return reply;
    }
}
