package dev.cairn.core;

import dev.cairn.core.port.Passage;
import java.util.List;
import java.util.Objects;

/**
 * The bot's reply to one message, ready for an adapter to render.
 *
 * @param id             unique id of this reply, for feedback on it
 * @param text           the answer, with {@code [n]} markers pointing into {@code citations}
 * @param citations      the passages the text cites, numbered from 1 in order
 * @param outcome        what kind of reply this is
 * @param conversationId the conversation the exchange was remembered under
 * @param usage          latency, tokens, prompt experiment and variant
 * @param retrieved      every passage retrieval offered the answerer, best first, for the answer records; not for display
 */
public record BotReply(String id, String text, List<Citation> citations, Outcome outcome, String conversationId,
                       Usage usage, List<Passage> retrieved) {
    public BotReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(usage, "usage");
        retrieved = List.copyOf(Objects.requireNonNull(retrieved, "retrieved"));
    }

    /** A reply that retrieved nothing (commands, notices, file reports). */
    public BotReply(String id, String text, List<Citation> citations, Outcome outcome, String conversationId,
                    Usage usage) {
        this(id, text, citations, outcome, conversationId, usage, List.of());
    }
}
