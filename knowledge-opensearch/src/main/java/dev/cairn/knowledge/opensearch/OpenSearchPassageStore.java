package dev.cairn.knowledge.opensearch;

import static dev.cairn.knowledge.index.Fields.*;
import static dev.cairn.knowledge.opensearch.StoreSchema.TEXT_ZH;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.IndexWriteHealth;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import dev.cairn.knowledge.index.QuestionTerms;
import dev.cairn.knowledge.index.RankedLists;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.index.SearchTuning;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The passage store on OpenSearch, shared by every replica. Text is analysed in Cairn exactly as in the embedded
 * index and BM25 and vector hits are fused in Cairn by the same rule ({@link RankedLists}), so both stores rank
 * alike. A change is written hidden, made searchable with a refresh, then shown (and the version it replaces hidden)
 * by one write of the hidden list ({@link HiddenDocuments}) that every search reads: a search sees a file's old
 * version or its new one, never both or neither. Retired versions stay in the index, hidden, until
 * {@link #purgeHidden} deletes them once no search can still be reading them. Scopes are a filter of every query. Failures throw
 * {@link KnowledgeException} and are recorded in {@link #writeHealth()} for writes.
 */
public final class OpenSearchPassageStore implements PassageStore {
    /** Candidates read from each list, as the embedded index's hybrid search. */
    private static final int DEPTH = 40;
    private static final int CANDIDATES_PER_RESULT = 3;
    private static final int MAX_LISTED = 10_000;
    private static final Map<String, String> REFRESH = Map.of("refresh", "true");
    private final OpenSearchHttp http;
    private final StoreSchema schema;
    private final HiddenDocuments hidden;
    private final SearchTuning tuning;
    private final IndexWriteHealth writeHealth = new IndexWriteHealth(Clock.systemUTC());

    private OpenSearchPassageStore(OpenSearchHttp http, String prefix, SearchTuning tuning) {
        this.http = http;
        this.schema = new StoreSchema(http, prefix);
        this.hidden = new HiddenDocuments(http, schema.state, Clock.systemUTC());
        this.tuning = tuning;
    }

    /**
     * Connects, checks that the cluster answers and creates Cairn's indices when missing; throws
     * {@link KnowledgeException} naming the address when the cluster cannot be reached or refuses.
     */
    public static OpenSearchPassageStore open(OpenSearchSettings settings, SearchTuning tuning) {
        OpenSearchHttp http = new OpenSearchHttp(settings);
        try {
            OpenSearchHttp.Reply root = http.call("GET", "/", Optional.empty(), Map.of());
            if (!root.ok()) {
                throw OpenSearchHttp.failure("OpenSearch at " + settings.url() + " answered " + root.status() + ": "
                        + OpenSearchHttp.reason(root.body()));
            }
            OpenSearchPassageStore store = new OpenSearchPassageStore(http, settings.indexPrefix(), tuning);
            store.schema.create();
            store.hidden.create();
            return store;
        } catch (RuntimeException e) {
            try {
                http.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public IndexWriteHealth writeHealth() {
        return writeHealth;
    }

    /**
     * Records a write OpenSearch refused, so that readiness stays DOWN until a write succeeds. A write that failed
     * because the cluster could not be reached is not recorded: readiness follows the cluster's reads then, and is UP
     * again as soon as it answers, even on a replica that gets no writes while it is out of the load balancer.
     */
    private void failed(String what, KnowledgeException e) {
        if (!(e instanceof StoreUnreachableException)) {
            writeHealth.failed(what, e);
        }
    }

    @Override
    public void putAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String what = entries.size() == 1 ? entries.get(0).info().name() : entries.size() + " documents";
        List<String> added = entries.stream().map(e -> e.info().id()).toList();
        List<String> replaced = entries.stream().flatMap(e -> e.replaces().stream()).toList();
        boolean swapping = false;
        try {
            hidden.change(List.of(), added, HiddenDocuments.State.WRITING);
            StringBuilder bulk = new StringBuilder();
            for (Entry entry : entries) {
                for (int i = 0; i < entry.chunks().size(); i++) {
                    Optional<PassageVector> vector = entry.vectors().isEmpty()
                            ? Optional.empty() : Optional.of(entry.vectors().get(i));
                    vector.ifPresent(v -> schema.ensureVectorField(v.field(), v.values().length));
                    bulkLine(bulk, "index", entry.info().id() + "#" + i,
                            StoreDocuments.passage(entry.info(), entry.chunks().get(i), i, vector));
                }
                bulkLine(bulk, "index", recordId(entry.info().id()), StoreDocuments.record(entry.info(),
                        entry.sha256()));
            }
            bulk(bulk.toString());
            swapping = true;
            hidden.change(added, replaced, HiddenDocuments.State.RETIRED);
            writeHealth.succeeded();
        } catch (KnowledgeException e) {
            failed(what, e);
            if (!swapping) { // a swap whose reply was lost may have shown the new version: it stays as it is
                retireQuietly(added);
            }
            throw OpenSearchHttp.failure("could not write " + what + " to OpenSearch: " + e.getMessage(), e);
        }
    }

    /** A version whose write failed is never shown: retired for the purge (if that fails too, it counts as abandoned). */
    private void retireQuietly(List<String> ids) {
        try {
            hidden.change(List.of(), ids, HiddenDocuments.State.RETIRED);
        } catch (KnowledgeException e) {
            org.slf4j.LoggerFactory.getLogger(OpenSearchPassageStore.class)
                    .debug("versions {} stay hidden as being written until a purge takes them: {}", ids,
                            e.getMessage());
        }
    }

    /**
     * Deletes for good the passages and records of versions hidden as retired (replaced or deleted) before
     * {@code retiredBefore}, and of versions hidden as being written since before {@code abandonedBefore} (their
     * writer died), then drops them from the hidden list; returns how many versions went. Searches see no change:
     * a version is deleted while still hidden. Safe on several replicas at once (deletions are idempotent, the list
     * changes conditionally); {@code retiredBefore} must leave time for searches that read the list before the
     * version was retired to finish. Throws {@link KnowledgeException} when OpenSearch fails; what was not purged
     * stays hidden for the next purge.
     */
    public int purgeHidden(Instant retiredBefore, Instant abandonedBefore) {
        List<HiddenDocuments.Entry> due = hidden.entries().stream()
                .filter(e -> e.since().isBefore(e.state() == HiddenDocuments.State.RETIRED ? retiredBefore
                        : abandonedBefore))
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        remove(due.stream().map(HiddenDocuments.Entry::id).toList());
        hidden.forget(due);
        return due.size();
    }

    private void remove(List<String> ids) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ids.forEach(body.putObject("query").putObject("terms").putArray(DOC_ID)::add);
        http.send("POST", "/" + schema.passages + "/_delete_by_query", body, Map.of("conflicts", "proceed"));
        // not the request's refresh=true: it is skipped when every delete conflicted with another replica's purge,
        // whose deletions may then not be searchable yet when this replica takes the versions off the hidden list
        http.send("POST", "/" + schema.passages + "/_refresh", null);
    }

    private static String recordId(String documentId) {
        return "record:" + documentId;
    }

    private static void bulkLine(StringBuilder bulk, String action, String id, ObjectNode source) {
        ObjectNode meta = OpenSearchHttp.JSON.createObjectNode();
        meta.putObject(action).put("_id", id);
        bulk.append(meta).append('\n').append(source).append('\n');
    }

    /** Sends a bulk request with refresh; the ids of items that failed because their document is missing. */
    private Set<String> bulk(String lines) {
        JsonNode reply = http.sendLines("/" + schema.passages + "/_bulk", lines, REFRESH);
        Set<String> missing = new LinkedHashSet<>();
        if (reply.path("errors").asBoolean(false)) {
            for (JsonNode item : reply.path("items")) {
                JsonNode result = item.properties().iterator().next().getValue();
                if (result.has("error")) {
                    if (result.path("status").asInt() == 404) {
                        missing.add(result.path("_id").asString());
                    } else {
                        throw OpenSearchHttp.failure("OpenSearch refused " + result.path("_id").asString() + ": "
                                + OpenSearchHttp.reason(result));
                    }
                }
            }
        }
        return missing;
    }

    @Override
    public boolean delete(String documentId) {
        if (document(documentId).isEmpty()) {
            return false;
        }
        try {
            hidden.change(List.of(), List.of(documentId), HiddenDocuments.State.RETIRED);
            writeHealth.succeeded();
        } catch (KnowledgeException e) {
            failed("the deletion of document " + documentId, e);
            throw OpenSearchHttp.failure("could not delete document " + documentId + ": " + e.getMessage(), e);
        }
        return true;
    }

    @Override
    public void optimize() {
        http.send("POST", "/" + schema.passages + "/_forcemerge", null, Map.of("max_num_segments", "1"));
        http.send("POST", "/" + schema.passages + "/_refresh", null);
    }

    @Override
    public boolean attachVectors(String documentId, Map<Integer, PassageVector> vectors) {
        Optional<DocumentInfo> record = document(documentId);
        if (record.isEmpty()) {
            return false;
        }
        try {
            StringBuilder bulk = new StringBuilder();
            vectors.forEach((ordinal, vector) -> {
                schema.ensureVectorField(vector.field(), vector.values().length);
                ObjectNode update = OpenSearchHttp.JSON.createObjectNode();
                StoreDocuments.putVector(update.putObject("doc"), vector);
                bulkLine(bulk, "update", documentId + "#" + ordinal, update);
            });
            if (bulk.isEmpty()) {
                return true;
            }
            boolean complete = bulk(bulk.toString()).isEmpty();
            writeHealth.succeeded();
            return complete && document(documentId).isPresent();
        } catch (KnowledgeException e) {
            failed("the vectors of " + record.get().name(), e);
            throw OpenSearchHttp.failure("could not store the vectors of " + record.get().name() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredPassage> passages(String documentId) {
        ObjectNode body = query(filter(KIND_PASSAGE).add(term(DOC_ID, documentId)), MAX_LISTED);
        body.putArray("sort").addObject().put(ORDINAL, "asc");
        ArrayNode includes = body.putObject("_source").putArray("includes");
        List.of(ORDINAL, LOCATION, PAGE, FIRST_ROW, LAST_ROW, BODY).forEach(includes::add);
        List<StoredPassage> passages = new ArrayList<>();
        for (JsonNode hit : search(body).path("hits").path("hits")) {
            passages.add(StoreDocuments.toStoredPassage(hit.path("_source")));
        }
        return passages;
    }

    @Override
    public Set<String> documentsMissingVectors(List<String> vectorFields) {
        ObjectNode bool = OpenSearchHttp.JSON.createObjectNode();
        bool.set("filter", filter(KIND_PASSAGE));
        ArrayNode mustNot = bool.putArray("must_not").add(hidden.excluded());
        vectorFields.forEach(f -> mustNot.addObject().putObject("exists").put("field", f));
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").set("bool", bool);
        body.putObject("aggs").putObject("ids").putObject("terms").put("field", DOC_ID).put("size", MAX_LISTED);
        Set<String> ids = new LinkedHashSet<>();
        search(body).path("aggregations").path("ids").path("buckets").forEach(b -> ids.add(b.path("key").asString()));
        return ids;
    }

    @Override
    public Optional<DocumentInfo> document(String documentId) {
        return records(term(DOC_ID, documentId)).stream().findFirst();
    }

    @Override
    public Optional<DocumentInfo> byName(String scope, String name) {
        return records(term(NAME_KEY, Fields.nameKey(scope, name))).stream().findFirst();
    }

    @Override
    public Optional<DocumentInfo> byHash(String scope, String sha256) {
        return records(term(HASH_KEY, Fields.hashKey(scope, sha256))).stream().findFirst();
    }

    @Override
    public List<DocumentInfo> bySource(String scope, String source) {
        return records(term(SOURCE_KEY, Fields.sourceKey(scope, source)));
    }

    @Override
    public List<DocumentInfo> documents(Set<String> scopes) {
        return scopes.isEmpty() ? List.of() : records(terms(SCOPE, scopes));
    }

    private List<DocumentInfo> records(ObjectNode clause) {
        ObjectNode body = query(filter(KIND_DOCUMENT).add(clause), MAX_LISTED);
        body.putArray("sort").addObject().put(INDEXED_AT, "desc");
        List<DocumentInfo> found = new ArrayList<>();
        for (JsonNode hit : search(body).path("hits").path("hits")) {
            found.add(StoreDocuments.toDocumentInfo(hit.path("_source")));
        }
        return found;
    }

    @Override
    public int passageCount(String documentId) {
        return count(filter(KIND_PASSAGE).add(term(DOC_ID, documentId)));
    }

    @Override
    public int passageTotal() {
        return count(filter(KIND_PASSAGE));
    }

    @Override
    public int documentCount() {
        return count(filter(KIND_DOCUMENT));
    }

    private int count(ArrayNode filter) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.putObject("query").set("bool", bool(filter));
        return http.send("POST", "/" + schema.passages + "/_count", body).path("count").asInt();
    }

    @Override
    public List<Passage> search(SearchSpec spec) {
        return search(spec, tuning);
    }

    @Override
    public List<Passage> search(SearchSpec spec, SearchTuning tuning) {
        List<Passage> results = new ArrayList<>();
        for (Scored s : scan(spec, tuning, spec.topK())) {
            if (s.relevance() >= spec.minScore()) {
                results.add(s.passage());
                if (results.size() == spec.topK()) {
                    break;
                }
            }
        }
        return results;
    }

    @Override
    public boolean holdsVectors(String field) {
        return schema.mayHaveVectorField(field);
    }

    @Override
    public List<Scored> candidates(SearchSpec spec) {
        List<Scored> all = scan(spec, tuning, spec.topK() * CANDIDATES_PER_RESULT);
        return all.subList(0, Math.min(all.size(), spec.topK() * CANDIDATES_PER_RESULT));
    }

    /**
     * The term statistics (with spelling suggestions) and both lists in one _msearch, then the embedded index's
     * fusion and scoring. When a misspelt word gets a correction, the lists are searched again with it in a second
     * _msearch (only for such questions; both lists again, so that they read the hidden list together).
     */
    private List<Scored> scan(SearchSpec spec, SearchTuning tuning, int limit) {
        if (spec.scopes().isEmpty()) {
            return List.of();
        }
        KeywordQuestion question = KeywordQuestion.of(spec, tuning.contextWeight());
        boolean keywords = spec.mode() != RetrievalMode.VECTOR && !question.isEmpty();
        List<PassageVector> vectors = spec.mode() == RetrievalMode.BM25 ? List.of() : spec.vectors().stream()
                .filter(v -> schema.hasVectorField(v.field())).toList(); // no field yet: no passage has a vector
        String header = OpenSearchHttp.JSON.createObjectNode().put("index", schema.passages) + "\n";
        JsonNode responses = msearch(header + question.statistics() + "\n"
                + lists(header, spec, question, Map.of(), keywords, vectors));
        JsonNode stats = responses.get(0);
        Map<String, String> corrections = question.corrections(stats);
        QuestionTerms terms = question.terms(stats, corrections);
        int next = 1;
        if (keywords && !corrections.isEmpty()) {
            responses = msearch(lists(header, spec, question, corrections, keywords, vectors));
            next = 0;
        }
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        List<RankedLists.KeywordHit> keywordHits = new ArrayList<>();
        List<List<String>> vectorHits = new ArrayList<>();
        if (keywords) {
            for (JsonNode hit : responses.get(next++).path("hits").path("hits")) {
                sources.put(hit.path("_id").asString(), hit.path("_source"));
                keywordHits.add(new RankedLists.KeywordHit(hit.path("_id").asString(), hit.path("_score").asDouble()));
            }
        }
        for (int list = 0; list < vectors.size(); list++) {
            List<String> hits = new ArrayList<>();
            for (JsonNode hit : responses.get(next++).path("hits").path("hits")) {
                sources.putIfAbsent(hit.path("_id").asString(), hit.path("_source"));
                hits.add(hit.path("_id").asString());
            }
            vectorHits.add(hits);
        }
        Map<String, RankedLists.Evidence> evidence = new HashMap<>();
        sources.forEach((id, source) -> evidence.put(id, evidence(source, spec)));
        List<Scored> scored = new ArrayList<>();
        for (RankedLists.Ranked r : RankedLists.rank(spec, tuning, terms, keywordHits, vectorHits, evidence)) {
            scored.add(new Scored(StoreDocuments.toPassage(sources.get(r.key()), r.relevance()), r.coverage(),
                    r.cosine(), r.relevance()));
            if (scored.size() == Math.max(limit, depth(spec))) {
                break;
            }
        }
        return scored;
    }

    private static int depth(SearchSpec spec) {
        return Math.max(DEPTH, spec.topK());
    }

    /**
     * The _msearch lines of the lists: the keyword list (the question's clauses, with {@code corrections}) if
     * {@code keywords}, then one k-NN list per vector, each within the spec's scopes and without hidden documents.
     */
    private String lists(String header, SearchSpec spec, KeywordQuestion question, Map<String, String> corrections,
                         boolean keywords, List<PassageVector> vectors) {
        int depth = depth(spec);
        ArrayNode filter = filter(KIND_PASSAGE).add(terms(SCOPE, spec.scopes()));
        StringBuilder lines = new StringBuilder();
        if (keywords) {
            ObjectNode bool = bool(filter.deepCopy());
            question.addClauses(bool.putArray("should"), corrections);
            bool.put("minimum_should_match", 1);
            ObjectNode body = hitsBody(depth, spec.vectors());
            body.putObject("query").set("bool", bool);
            lines.append(header).append(body).append('\n');
        }
        for (PassageVector vector : vectors) {
            ObjectNode body = hitsBody(depth, spec.vectors());
            ObjectNode knn = body.putObject("query").putObject("knn").putObject(vector.field());
            ArrayNode values = knn.putArray("vector");
            for (float v : vector.values()) {
                values.add(v);
            }
            knn.put("k", depth);
            knn.putObject("filter").set("bool", bool(filter.deepCopy()));
            lines.append(header).append(body).append('\n');
        }
        return lines.toString();
    }

    /** The responses to a multi-search of header and body lines, one per pair; a clear failure when any is missing. */
    private JsonNode msearch(String lines) {
        JsonNode responses = http.sendLines("/_msearch", lines, Map.of()).path("responses");
        long asked = lines.lines().count() / 2;
        if (responses.size() != asked) {
            throw OpenSearchHttp.failure("OpenSearch answered a multi-search of " + asked + " searches with "
                    + responses.size() + " responses");
        }
        for (JsonNode response : responses) {
            if (response.has("error")) {
                throw OpenSearchHttp.failure("OpenSearch could not search: " + OpenSearchHttp.reason(response));
            }
        }
        return responses;
    }

    /**
     * What a passage holds of the question: its tokens, and its cosine similarity to the question's vector of the
     * field it has a vector in (the first of the question's vectors that it has; NaN when it has none), which is a
     * translation's for a passage in the other script.
     */
    private static RankedLists.Evidence evidence(JsonNode source, SearchSpec spec) {
        List<PassageVector> vectors = spec.vectors();
        for (int i = 0; i < vectors.size(); i++) {
            Optional<float[]> v = StoreDocuments.vector(source, vectors.get(i).field());
            if (v.isPresent()) {
                return new RankedLists.Evidence(StoreDocuments.tokens(source),
                        RankedLists.cosine(v.get(), vectors.get(i).values()),
                        spec.queryVector().isPresent() && i > 0);
            }
        }
        return new RankedLists.Evidence(StoreDocuments.tokens(source), Double.NaN);
    }

    /** A search body for one list: its size and the fields to read (the question's vector fields, if any). */
    private static ObjectNode hitsBody(int size, List<PassageVector> queryVectors) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", size);
        ArrayNode includes = body.putObject("_source").putArray("includes");
        List.of(PASSAGE_ID, DOC_ID, NAME, SCOPE, LOCATION, PAGE, FIRST_ROW, LAST_ROW, BODY, LINK, TEXT, TEXT_ZH)
                .forEach(includes::add);
        queryVectors.forEach(v -> includes.add(v.field()));
        return body;
    }

    @Override
    public List<String> unknownWords(String text, Set<String> scopes, int limit) {
        if (scopes.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (word.length() >= 3 && !FILLER.contains(word.toLowerCase(Locale.ROOT))) {
                candidates.putIfAbsent(word, TokenizedText.tokens(word));
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        candidates.values().forEach(tokens::addAll);
        if (tokens.isEmpty()) {
            return List.of();
        }
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", 0);
        body.putObject("query").set("bool", bool(filter(KIND_PASSAGE).add(terms(SCOPE, scopes))));
        ObjectNode filters = body.putObject("aggs").putObject("terms").putObject("filters").putObject("filters");
        tokens.forEach(t -> filters.putObject(t).putObject("term").put(TokenizedText.field(t), t));
        JsonNode buckets = search(body).path("aggregations").path("terms").path("buckets");
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, List<String>> word : candidates.entrySet()) {
            boolean absent = !word.getValue().isEmpty()
                    && word.getValue().stream().allMatch(t -> buckets.path(t).path("doc_count").asLong() == 0);
            if (absent && unknown.size() < limit) {
                unknown.add(word.getKey());
            }
        }
        return unknown;
    }

    /** As the embedded index's: runs of letters and digits outside Chinese, Japanese and Korean. */
    private static final Pattern WORD = Pattern.compile(
            "(?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])[\\p{L}\\p{N}])+");
    private static final Set<String> FILLER = Set.of("pls", "plz", "thx", "thanks", "hey", "hello", "lol", "btw",
            "idk", "gonna", "wanna", "whats", "hows", "whos", "wheres", "anyone", "someone", "ppl", "cuz", "u", "ur");

    private JsonNode search(ObjectNode body) {
        return http.send("POST", "/" + schema.passages + "/_search", body);
    }

    /** Filters on the kind of document and hides documents being replaced or removed. */
    private ArrayNode filter(String kind) {
        ArrayNode filter = OpenSearchHttp.JSON.createArrayNode();
        filter.add(term(KIND, kind));
        return filter;
    }

    private ObjectNode bool(ArrayNode filter) {
        ObjectNode bool = OpenSearchHttp.JSON.createObjectNode();
        bool.set("filter", filter);
        bool.putArray("must_not").add(hidden.excluded());
        return bool;
    }

    private ObjectNode query(ArrayNode filter, int size) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", size);
        body.putObject("query").set("bool", bool(filter));
        return body;
    }

    private static ObjectNode term(String field, String value) {
        ObjectNode clause = OpenSearchHttp.JSON.createObjectNode();
        clause.putObject("term").put(field, value);
        return clause;
    }

    private static ObjectNode terms(String field, Set<String> values) {
        ObjectNode clause = OpenSearchHttp.JSON.createObjectNode();
        values.forEach(clause.putObject("terms").putArray(field)::add);
        return clause;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
