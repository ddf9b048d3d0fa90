package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import java.util.List;

/** The answer as the chat API returns it, and as the last server-sent event carries it; {@code id} is what a vote names. */
public record ChatResponse(String id, String answer, List<CitationJson> citations,
                           @JsonProperty("conversation_id") String conversationId, UsageJson usage) {

    static ChatResponse of(BotReply reply) {
        return new ChatResponse(reply.id(), reply.text(), reply.citations().stream().map(CitationJson::of).toList(),
                reply.conversationId(), new UsageJson(reply.usage().latencyMillis(), reply.usage().inputTokens(),
                        reply.usage().outputTokens(), reply.usage().experiment(), reply.usage().variant()));
    }

    /** One cited passage; {@code index} is the n of its [n] marker; {@code page} is null when the file has no pages. */
    public record CitationJson(int index, String document, String location, Integer page, String quote,
                               String link) {
        static CitationJson of(Citation c) {
            Integer page = c.location().page().isPresent() ? c.location().page().getAsInt() : null;
            return new CitationJson(c.index(), c.document(), c.location().label(), page, c.quote(),
                    c.link().orElse(null));
        }
    }

    /** What the answer cost, and the prompt experiment and variant that produced it. */
    public record UsageJson(@JsonProperty("latency_ms") long latencyMs,
                            @JsonProperty("input_tokens") int inputTokens,
                            @JsonProperty("output_tokens") int outputTokens,
                            String experiment, String variant) {
    }
}
