package dev.cairn.core.port;

import dev.cairn.core.answer.DeltaSink;

/**
 * A chat model that writes text from a conversation. Throws {@link LanguageModelException} when it cannot answer
 * (timeout, refused or failed request, malformed output); callers then answer without it.
 */
public interface LanguageModel {

    /** One completion of the messages; the text is also streamed to {@code sink} as it comes. */
    ModelReply complete(ModelRequest request, DeltaSink sink);
}
