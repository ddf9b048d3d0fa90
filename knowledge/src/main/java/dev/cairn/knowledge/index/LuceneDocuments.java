package dev.cairn.knowledge.index;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Maps passages and file records to Lucene documents and back (the index's schema is in {@link Fields}). */
final class LuceneDocuments {
    private LuceneDocuments() {
    }

    static Document passageDocument(DocumentInfo info, Chunk chunk, int ordinal,
                                            Optional<PassageVector> vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_PASSAGE, Field.Store.NO));
        doc.add(new StringField(Fields.PASSAGE_ID, info.id() + "#" + ordinal, Field.Store.YES));
        doc.add(new StringField(Fields.DOC_ID, info.id(), Field.Store.YES));
        doc.add(new StringField(Fields.SCOPE, info.scope(), Field.Store.YES));
        doc.add(new StoredField(Fields.NAME, info.name()));
        doc.add(new StoredField(Fields.LOCATION, chunk.location().label()));
        doc.add(new StoredField(Fields.PAGE, chunk.location().page().orElse(0)));
        chunk.location().rows().ifPresent(rows -> {
            doc.add(new StoredField(Fields.FIRST_ROW, rows.first()));
            doc.add(new StoredField(Fields.LAST_ROW, rows.last()));
        });
        doc.add(new StoredField(Fields.ORDINAL, ordinal));
        doc.add(new StoredField(Fields.BODY, chunk.text()));
        doc.add(new TextField(Fields.TEXT, searchableText(chunk.location().withoutRows().label(),
                chunk.location().page().isPresent(), chunk.text()), Field.Store.NO));
        info.link().ifPresent(link -> doc.add(new StoredField(Fields.LINK, link)));
        vector.ifPresent(v -> doc.add(new KnnFloatVectorField(v.field(), v.values(), VectorSimilarityFunction.COSINE)));
        return doc;
    }

    /**
     * The passage text, preceded by the heading path or sheet name (not the row numbers), so a passage is found by
     * the section it sits in.
     */
    private static String searchableText(String label, boolean paged, String text) {
        return paged || label.isEmpty() ? text : label + "\n" + text;
    }

    static Document recordDocument(DocumentInfo info, String sha256) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(Fields.DOC_ID, info.id(), Field.Store.YES));
        doc.add(new StringField(Fields.SCOPE, info.scope(), Field.Store.YES));
        doc.add(new StringField(Fields.NAME_KEY, Fields.nameKey(info.scope(), info.name()), Field.Store.NO));
        doc.add(new StringField(Fields.HASH_KEY, Fields.hashKey(info.scope(), sha256), Field.Store.NO));
        doc.add(new StoredField(Fields.NAME, info.name()));
        doc.add(new StoredField(Fields.MEDIA_TYPE, info.mediaType()));
        doc.add(new StoredField(Fields.SOURCE, info.source()));
        if (!info.source().isEmpty()) {
            doc.add(new StringField(Fields.SOURCE_KEY, Fields.sourceKey(info.scope(), info.source()), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.PAGES, info.pages()));
        doc.add(new StoredField(Fields.PASSAGES, info.passages()));
        long millis = info.indexedAt().toEpochMilli();
        doc.add(new StoredField(Fields.INDEXED_AT, millis));
        doc.add(new NumericDocValuesField(Fields.INDEXED_AT, millis));
        info.link().ifPresent(link -> doc.add(new StoredField(Fields.LINK, link)));
        return doc;
    }

    static DocumentInfo toDocumentInfo(Document doc) {
        return new DocumentInfo(doc.get(Fields.DOC_ID), doc.get(Fields.NAME), doc.get(Fields.SCOPE),
                doc.get(Fields.MEDIA_TYPE), doc.getField(Fields.PAGES).numericValue().intValue(),
                doc.getField(Fields.PASSAGES).numericValue().intValue(),
                Instant.ofEpochMilli(doc.getField(Fields.INDEXED_AT).numericValue().longValue()),
                Optional.ofNullable(doc.get(Fields.LINK)), Objects.requireNonNullElse(doc.get(Fields.SOURCE), ""));
    }

    static Passage toPassage(Document doc, double score) {
        Location location = location(doc);
        return new Passage(doc.get(Fields.PASSAGE_ID), doc.get(Fields.DOC_ID), doc.get(Fields.NAME),
                doc.get(Fields.SCOPE), location, doc.get(Fields.BODY), score, Optional.ofNullable(doc.get(Fields.LINK)));
    }

    static PassageStore.StoredPassage toStoredPassage(Document doc) {
        return new PassageStore.StoredPassage(doc.getField(Fields.ORDINAL).numericValue().intValue(),
                new Chunk(location(doc), doc.get(Fields.BODY)));
    }

    /** The stored location; passages indexed before rows were stored simply have none. */
    private static Location location(Document doc) {
        int page = doc.getField(Fields.PAGE).numericValue().intValue();
        Optional<Location.Rows> rows = Optional.ofNullable(doc.getField(Fields.FIRST_ROW))
                .map(first -> new Location.Rows(first.numericValue().intValue(),
                        doc.getField(Fields.LAST_ROW).numericValue().intValue()));
        return new Location(doc.get(Fields.LOCATION), page > 0 ? OptionalInt.of(page) : OptionalInt.empty(), rows);
    }
}
