package dev.cairn.knowledge.opensearch;

import static dev.cairn.knowledge.index.Fields.*;
import static dev.cairn.knowledge.opensearch.StoreSchema.TEXT_ZH;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Maps passages and file records to OpenSearch documents and back (the schema is {@link StoreSchema}'s). */
final class StoreDocuments {
    private StoreDocuments() {
    }

    static ObjectNode passage(DocumentInfo info, Chunk chunk, int ordinal, Optional<PassageVector> vector) {
        ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
        doc.put(KIND, KIND_PASSAGE);
        doc.put(PASSAGE_ID, info.id() + "#" + ordinal);
        doc.put(DOC_ID, info.id());
        doc.put(SCOPE, info.scope());
        doc.put(NAME, info.name());
        doc.put(LOCATION, chunk.location().label());
        doc.put(PAGE, chunk.location().page().orElse(0));
        chunk.location().rows().ifPresent(rows -> doc.put(FIRST_ROW, rows.first()).put(LAST_ROW, rows.last()));
        doc.put(ORDINAL, ordinal);
        doc.put(BODY, chunk.text());
        String label = chunk.location().withoutRows().label();
        // as the embedded index: the heading path or sheet name precedes the text, so a passage is found by its section
        String searchable = chunk.location().page().isPresent() || label.isEmpty() ? chunk.text()
                : label + "\n" + chunk.text();
        List<String> tokens = TokenizedText.tokens(searchable);
        doc.put(TEXT, TokenizedText.joined(tokens, TEXT));
        doc.put(TEXT_ZH, TokenizedText.joined(tokens, TEXT_ZH));
        info.link().ifPresent(link -> doc.put(LINK, link));
        vector.ifPresent(v -> putVector(doc, v));
        return doc;
    }

    static void putVector(ObjectNode doc, PassageVector vector) {
        ArrayNode values = doc.putArray(vector.field());
        for (float v : vector.values()) {
            values.add(v);
        }
    }

    static ObjectNode record(DocumentInfo info, String sha256) {
        ObjectNode doc = OpenSearchHttp.JSON.createObjectNode();
        doc.put(KIND, KIND_DOCUMENT);
        doc.put(DOC_ID, info.id());
        doc.put(SCOPE, info.scope());
        doc.put(NAME, info.name());
        doc.put(NAME_KEY, nameKey(info.scope(), info.name()));
        doc.put(HASH_KEY, hashKey(info.scope(), sha256));
        doc.put(MEDIA_TYPE, info.mediaType());
        doc.put(SOURCE, info.source());
        if (!info.source().isEmpty()) {
            doc.put(SOURCE_KEY, sourceKey(info.scope(), info.source()));
        }
        doc.put(PAGES, info.pages());
        doc.put(PASSAGES, info.passages());
        doc.put(INDEXED_AT, info.indexedAt().toEpochMilli());
        info.link().ifPresent(link -> doc.put(LINK, link));
        return doc;
    }

    static DocumentInfo toDocumentInfo(JsonNode doc) {
        return new DocumentInfo(doc.path(DOC_ID).asString(), doc.path(NAME).asString(), doc.path(SCOPE).asString(),
                doc.path(MEDIA_TYPE).asString(""), doc.path(PAGES).asInt(), doc.path(PASSAGES).asInt(),
                Instant.ofEpochMilli(doc.path(INDEXED_AT).asLong()), text(doc, LINK), doc.path(SOURCE).asString(""));
    }

    static Passage toPassage(JsonNode doc, double score) {
        return new Passage(doc.path(PASSAGE_ID).asString(), doc.path(DOC_ID).asString(), doc.path(NAME).asString(),
                doc.path(SCOPE).asString(), location(doc), doc.path(BODY).asString(), score, text(doc, LINK));
    }

    static PassageStore.StoredPassage toStoredPassage(JsonNode doc) {
        return new PassageStore.StoredPassage(doc.path(ORDINAL).asInt(), new Chunk(location(doc),
                doc.path(BODY).asString()));
    }

    /** The analysed tokens of a passage (both fields). */
    static Set<String> tokens(JsonNode doc) {
        Set<String> tokens = new HashSet<>();
        for (String field : List.of(TEXT, TEXT_ZH)) {
            for (String token : doc.path(field).asString("").split(" ")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    static Optional<float[]> vector(JsonNode doc, String field) {
        JsonNode values = doc.path(field);
        if (!values.isArray() || values.isEmpty()) {
            return Optional.empty();
        }
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) values.get(i).asDouble();
        }
        return Optional.of(vector);
    }

    private static Optional<String> text(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }

    private static Location location(JsonNode doc) {
        int page = doc.path(PAGE).asInt();
        Optional<Location.Rows> rows = doc.has(FIRST_ROW)
                ? Optional.of(new Location.Rows(doc.path(FIRST_ROW).asInt(), doc.path(LAST_ROW).asInt()))
                : Optional.empty();
        return new Location(doc.path(LOCATION).asString(""), page > 0 ? OptionalInt.of(page) : OptionalInt.empty(),
                rows);
    }
}
