package dev.cairn.core.answer;

import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.ModelRequest;
import java.util.ArrayList;
import java.util.List;

/** A language model for core tests: replies with a scripted text (streamed word by word), or fails; records requests. */
final class ScriptedLanguageModel implements LanguageModel {
    final List<ModelRequest> requests = new ArrayList<>();
    private final String reply;

    private ScriptedLanguageModel(String reply) {
        this.reply = reply;
    }

    static ScriptedLanguageModel replying(String text) {
        return new ScriptedLanguageModel(text);
    }

    static ScriptedLanguageModel failing() {
        return new ScriptedLanguageModel(null);
    }

    @Override
    public ModelReply complete(ModelRequest request, DeltaSink sink) {
        requests.add(request);
        if (reply == null) {
            throw new LanguageModelException("timed out after 60 s");
        }
        for (String word : reply.split("(?<= )")) {
            sink.accept(word);
        }
        return new ModelReply(reply, 321, 12);
    }
}
