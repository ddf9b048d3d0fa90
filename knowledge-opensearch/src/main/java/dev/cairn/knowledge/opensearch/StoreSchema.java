package dev.cairn.knowledge.opensearch;

import static dev.cairn.knowledge.index.Fields.*;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cairn's two OpenSearch indices and their mappings: {@code <prefix>-passages} holds one document per passage and one
 * record per file (field {@code kind}), with the text already analysed by Cairn in whitespace-analysed fields
 * ({@code text} for English and other scripts with Lucene's BM25 defaults, {@code text_zh} for Chinese words with
 * the embedded index's Chinese BM25 parameters) and one {@code knn_vector} field per embedding model on the
 * {@code lucene} engine (added when its first vector arrives); {@code <prefix>-state} holds the list of hidden
 * documents. One shard, so that BM25 statistics are the whole collection's, as in the embedded index.
 */
final class StoreSchema {
    /** Chinese words, analysed by Cairn, with the embedded index's Chinese BM25 parameters. */
    static final String TEXT_ZH = "text_zh";
    private static final Set<String> KEYWORDS = Set.of(KIND, PASSAGE_ID, DOC_ID, SCOPE, NAME_KEY, HASH_KEY,
            SOURCE_KEY);
    private final OpenSearchHttp http;
    final String passages;
    final String state;
    private static final Duration RECHECK = Duration.ofSeconds(30);
    private final Map<String, Integer> vectorFields = new ConcurrentHashMap<>();
    private volatile long lastRead = System.nanoTime() - RECHECK.toNanos();

    StoreSchema(OpenSearchHttp http, String prefix) {
        this.http = http;
        this.passages = prefix + "-passages";
        this.state = prefix + "-state";
    }

    /** Creates the indices when missing (another replica may create them at the same moment) and reads the mapping. */
    void create() {
        createIndex(state, stateIndex());
        createIndex(passages, passageIndex());
        readVectorFields();
    }

    /** Whether passages may hold vectors in this field (another replica may have added it since). */
    boolean hasVectorField(String field) {
        if (!vectorFields.containsKey(field)) {
            readVectorFields();
        }
        return vectorFields.containsKey(field);
    }

    /**
     * As {@link #hasVectorField}, but a field found missing is looked up again only after {@link #RECHECK}: for
     * optional work on every question (a question put into the other script) that must not read the mapping each
     * time.
     */
    boolean mayHaveVectorField(String field) {
        if (vectorFields.containsKey(field)) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastRead >= RECHECK.toNanos()) {
            readVectorFields();
        }
        return vectorFields.containsKey(field);
    }

    private void readVectorFields() {
        lastRead = System.nanoTime();
        JsonNode mapping = http.send("GET", "/" + passages + "/_mapping", null);
        mapping.path(passages).path("mappings").path("properties").properties().forEach(field -> {
            if ("knn_vector".equals(field.getValue().path("type").asString(""))) {
                vectorFields.put(field.getKey(), field.getValue().path("dimension").asInt());
            }
        });
    }

    private void createIndex(String name, ObjectNode body) {
        OpenSearchHttp.Reply reply = http.call("PUT", "/" + name, Optional.of(body), Map.of());
        if (!reply.ok() && !reply.body().path("error").path("type").asString("")
                .equals("resource_already_exists_exception")) {
            throw OpenSearchHttp.failure("could not create the OpenSearch index " + name + ": "
                    + OpenSearchHttp.reason(reply.body()));
        }
    }

    private static ObjectNode stateIndex() {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.putObject("settings").putObject("index").put("number_of_shards", 1).put("auto_expand_replicas", "0-1");
        body.putObject("mappings").putObject("properties").putObject(HiddenDocuments.FIELD).put("type", "keyword");
        return body;
    }

    private static ObjectNode passageIndex() {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", 1).put("auto_expand_replicas", "0-1").put("knn", true)
                .put("max_terms_count", 1_000_000);
        index.putObject("similarity").putObject("cairn_chinese").put("type", "BM25").put("k1", 0.2).put("b", 0.4);
        ObjectNode properties = body.putObject("mappings").put("dynamic", "false").putObject("properties");
        KEYWORDS.forEach(k -> properties.putObject(k).put("type", "keyword"));
        properties.putObject(TEXT).put("type", "text").put("analyzer", "whitespace");
        properties.putObject(TEXT_ZH).put("type", "text").put("analyzer", "whitespace")
                .put("similarity", "cairn_chinese");
        properties.putObject(INDEXED_AT).put("type", "long");
        properties.putObject(ORDINAL).put("type", "integer");
        return body;
    }

    /** Adds a {@code knn_vector} field (lucene engine, cosine) for a model's vectors when it is not there yet. */
    void ensureVectorField(String field, int dimensions) {
        Integer known = vectorFields.get(field);
        if (known != null) {
            if (known != dimensions) {
                throw OpenSearchHttp.failure("the OpenSearch field " + field + " holds vectors of " + known
                        + " dimensions, not " + dimensions + ": another embedding model wrote it");
            }
            return;
        }
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ObjectNode vector = body.putObject("properties").putObject(field);
        vector.put("type", "knn_vector").put("dimension", dimensions);
        vector.putObject("method").put("name", "hnsw").put("engine", "lucene").put("space_type", "cosinesimil");
        http.send("PUT", "/" + passages + "/_mapping", body);
        vectorFields.put(field, dimensions);
    }
}
