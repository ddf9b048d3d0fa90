package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.index.Fields;
import dev.cairn.core.port.KnowledgeException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ids of the documents no search may see: new versions still being written and old ones being removed. They
 * live in one OpenSearch document that every search reads through a terms lookup, so changing it is the single
 * atomic step of a replace or delete: one write hides the old version and shows the new one, for every replica at
 * once. Writes use optimistic concurrency (sequence number and primary term) and retry on conflict, and refresh, so
 * the next search sees them.
 */
final class HiddenDocuments {
    static final String DOC_ID = "hidden";
    static final String FIELD = "ids";
    private static final int ATTEMPTS = 50;
    private final OpenSearchHttp http;
    private final String index;

    HiddenDocuments(OpenSearchHttp http, String index) {
        this.http = http;
        this.index = index;
    }

    /** Creates the (empty) list when it is missing. */
    void create() {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.putArray(FIELD);
        OpenSearchHttp.Reply reply = http.call("PUT", "/" + index + "/_create/" + DOC_ID, Optional.of(body),
                Map.of("refresh", "true"));
        if (!reply.ok() && reply.status() != 409) {
            throw OpenSearchHttp.failure("could not create the list of hidden documents in " + index + ": "
                    + OpenSearchHttp.reason(reply.body()));
        }
    }

    /** In one write: shows {@code show} and hides {@code hide}. */
    void change(Collection<String> show, Collection<String> hide) {
        if (show.isEmpty() && hide.isEmpty()) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JsonNode current = http.send("GET", "/" + index + "/_doc/" + DOC_ID, null);
            Set<String> ids = new LinkedHashSet<>();
            current.path("_source").path(FIELD).forEach(id -> ids.add(id.asString()));
            ids.removeAll(show);
            ids.addAll(hide);
            ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
            ids.forEach(body.putArray(FIELD)::add);
            OpenSearchHttp.Reply reply = http.call("PUT", "/" + index + "/_doc/" + DOC_ID, Optional.of(body),
                    Map.of("if_seq_no", current.path("_seq_no").asString(),
                            "if_primary_term", current.path("_primary_term").asString(), "refresh", "true"));
            if (reply.ok()) {
                return;
            }
            if (reply.status() != 409) {
                throw OpenSearchHttp.failure("could not change the list of hidden documents: "
                        + OpenSearchHttp.reason(reply.body()));
            }
        }
        throw OpenSearchHttp.failure("could not change the list of hidden documents: " + ATTEMPTS
                + " concurrent changes won in a row");
    }

    /** The query clause that excludes hidden documents (a terms lookup on {@code doc_id}). */
    ObjectNode excluded() {
        ObjectNode clause = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode lookup = clause.putObject("terms").putObject(Fields.DOC_ID);
        lookup.put("index", index);
        lookup.put("id", DOC_ID);
        lookup.put("path", FIELD);
        return clause;
    }
}
