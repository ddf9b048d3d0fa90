package dev.cairn.records;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.port.Passage;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The passages of a reply as the JSON text the {@code retrieved} and {@code cited_passages} columns keep. */
final class PassagesJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PassagesJson() {
    }

    /** {@code [{passage_id, document_id, location, score}]}, best first. */
    static String retrieved(BotReply reply) {
        ArrayNode passages = JSON.createArrayNode();
        for (Passage p : reply.retrieved()) {
            passages.addObject().put("passage_id", p.id()).put("document_id", p.documentId())
                    .put("location", p.location().label()).put("score", p.score());
        }
        return JSON.writeValueAsString(passages);
    }

    /** {@code [{index, passage_id, document_id, location}]}; {@code passage_id} is null when no retrieved passage matches. */
    static String cited(BotReply reply) {
        ArrayNode citations = JSON.createArrayNode();
        for (Citation c : reply.citations()) {
            ObjectNode cited = citations.addObject().put("index", c.index());
            cited.put("passage_id", passageOf(c, reply.retrieved()).map(Passage::id).orElse(null));
            cited.put("document_id", c.documentId()).put("location", c.location().label());
        }
        return JSON.writeValueAsString(citations);
    }

    /**
     * The retrieved passage a citation quotes: same document and location, and the quote (an excerpt, perhaps
     * with ellipses) taken from its text; a lone passage of that document and location even if the quote differs.
     */
    static Optional<Passage> passageOf(Citation citation, List<Passage> retrieved) {
        List<Passage> candidates = retrieved.stream()
                .filter(p -> p.documentId().equals(citation.documentId())
                        && p.location().label().equals(citation.location().label()))
                .toList();
        String quote = citation.quote().strip();
        quote = quote.startsWith("…") ? quote.substring(1) : quote;
        quote = quote.endsWith("…") ? quote.substring(0, quote.length() - 1) : quote;
        String excerpt = quote.strip();
        Optional<Passage> quoted = candidates.stream().filter(p -> p.text().contains(excerpt)).findFirst();
        if (quoted.isPresent() || candidates.size() != 1) {
            return quoted;
        }
        return Optional.of(candidates.get(0));
    }
}
