package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A search of the knowledge base.
 *
 * @param query    the question as asked
 * @param context  earlier questions of the same conversation, most recent first; they help a follow-up
 *                 ("and for contractors?") find its topic but weigh less than the query
 * @param scopes   the scopes the asker may see; nothing outside them is ever returned
 * @param topK     at most this many passages
 * @param minScore passages whose relevance is below this are not returned. Relevance is in [0, 1]: the share of
 *                 the question's weight (rarer words weigh more) that the passage matches
 */
public record SearchRequest(String query, List<String> context, Set<String> scopes, int topK, double minScore) {
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        context = List.copyOf(Objects.requireNonNull(context, "context"));
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        if (topK < 1) {
            throw new IllegalArgumentException("topK must be 1 or more, was " + topK);
        }
        if (minScore < 0 || minScore > 1) {
            throw new IllegalArgumentException("minScore must be within [0, 1], was " + minScore);
        }
    }
}
