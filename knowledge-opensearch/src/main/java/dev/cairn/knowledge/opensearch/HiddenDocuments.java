package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.index.Fields;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ids of the documents no search may see: new versions still being written and old ones retired by a replace or
 * a delete. They live in one OpenSearch document that every search reads through a terms lookup, so changing it is
 * the single atomic step of a replace or delete: one write hides the old version and shows the new one, for every
 * replica at once. Each id carries why and since when it is hidden, so that a purge on any replica can delete retired
 * versions once no search can still be reading them, and versions whose writer died. Writes use optimistic
 * concurrency (sequence number and primary term) and retry on conflict, and refresh, so the next search sees them.
 */
final class HiddenDocuments {
    static final String DOC_ID = "hidden";
    static final String FIELD = "ids";
    /** Why and since when each id is hidden; stored, not indexed. */
    static final String ENTRIES = "entries";
    private static final int ATTEMPTS = 50;
    private final OpenSearchHttp http;
    private final String index;
    private final Clock clock;

    /** Why a document is hidden. */
    enum State {
        /** A new version whose passages are being written; shown when complete. */
        WRITING,
        /** An old version replaced or deleted; never shown again, purged later. */
        RETIRED
    }

    /** One hidden document: its id, why, and since when (on the clock of the replica that hid it). */
    record Entry(String id, State state, Instant since) {
        Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(since, "since");
        }
    }

    HiddenDocuments(OpenSearchHttp http, String index, Clock clock) {
        this.http = http;
        this.index = index;
        this.clock = clock;
    }

    /** Creates the (empty) list when it is missing, and the unindexed field of its entries in older indices. */
    void create() {
        ObjectNode mapping = OpenSearchHttp.JSON.createObjectNode();
        mapping.putObject("properties").putObject(ENTRIES).put("type", "object").put("enabled", false);
        http.send("PUT", "/" + index + "/_mapping", mapping);
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.putArray(FIELD);
        OpenSearchHttp.Reply reply = http.call("PUT", "/" + index + "/_create/" + DOC_ID, Optional.of(body),
                Map.of("refresh", "true"));
        if (!reply.ok() && reply.status() != 409) {
            throw OpenSearchHttp.failure("could not create the list of hidden documents in " + index + ": "
                    + OpenSearchHttp.reason(reply.body()));
        }
    }

    /**
     * In one write: shows {@code show} and hides {@code hide} as {@code state}, since now. Throws
     * {@link dev.cairn.core.port.KnowledgeException} when an id to show is no longer hidden as being written (a
     * purge took it for abandoned), so that a partly purged version is never shown.
     */
    void change(Collection<String> show, Collection<String> hide, State state) {
        if (show.isEmpty() && hide.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        update(entries -> {
            for (String id : show) {
                Entry shown = entries.remove(id);
                if (shown == null || shown.state() != State.WRITING) {
                    throw OpenSearchHttp.failure("document " + id + " was purged as abandoned while being written");
                }
            }
            hide.forEach(id -> entries.put(id, new Entry(id, state, now)));
            return true;
        });
    }

    /** Removes purged entries from the list, unless they were hidden again since (another state or time). */
    void forget(Collection<Entry> purged) {
        update(entries -> {
            boolean changed = false;
            for (Entry entry : purged) {
                changed |= entries.remove(entry.id(), entry);
            }
            return changed;
        });
    }

    /** The hidden documents; ids hidden by a version of Cairn that did not record why count as being written now. */
    List<Entry> entries() {
        return new ArrayList<>(read(http.send("GET", "/" + index + "/_doc/" + DOC_ID, null)).values());
    }

    /** Reads the list, applies {@code edit} (false: nothing to write) and writes it back unless another write won. */
    private void update(Function<Map<String, Entry>, Boolean> edit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            JsonNode current = http.send("GET", "/" + index + "/_doc/" + DOC_ID, null);
            Map<String, Entry> entries = read(current);
            if (!edit.apply(entries)) {
                return;
            }
            ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
            ArrayNode ids = body.putArray(FIELD);
            ArrayNode details = body.putArray(ENTRIES);
            entries.values().forEach(e -> {
                ids.add(e.id());
                details.addObject().put("id", e.id()).put("state", e.state().name())
                        .put("since", e.since().toEpochMilli());
            });
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

    private Map<String, Entry> read(JsonNode current) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> described = new LinkedHashSet<>();
        for (JsonNode e : current.path("_source").path(ENTRIES)) {
            String id = e.path("id").asString();
            described.add(id);
            entries.put(id, new Entry(id, State.valueOf(e.path("state").asString()),
                    Instant.ofEpochMilli(e.path("since").asLong())));
        }
        Instant now = clock.instant();
        for (JsonNode id : current.path("_source").path(FIELD)) {
            if (!described.contains(id.asString())) {
                entries.put(id.asString(), new Entry(id.asString(), State.WRITING, now));
            }
        }
        entries.keySet().retainAll(ids(current));
        return entries;
    }

    private static Set<String> ids(JsonNode current) {
        Set<String> ids = new LinkedHashSet<>();
        current.path("_source").path(FIELD).forEach(id -> ids.add(id.asString()));
        return ids;
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
