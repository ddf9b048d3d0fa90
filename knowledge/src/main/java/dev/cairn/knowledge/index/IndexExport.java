package dev.cairn.knowledge.index;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.chunk.Chunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads every file of a Lucene passage index back as {@link PassageStore.Entry} values, from one searcher (one
 * point in time): its record, the SHA-256 of its bytes (kept only in the indexed hash key, so read from the terms),
 * its passages in order and their vectors. Used to move an embedded deployment's knowledge to another store.
 */
final class IndexExport {
    private final IndexSearcher searcher;

    IndexExport(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Hands every file to {@code sink}, oldest first; returns how many. */
    int run(Consumer<PassageStore.Entry> sink) throws IOException {
        Map<String, String> hashes = hashes();
        Query records = new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT));
        int count = searcher.count(records);
        if (count == 0) {
            return 0;
        }
        Sort oldestFirst = new Sort(new SortField(Fields.INDEXED_AT, SortField.Type.LONG, false));
        ScoreDoc[] hits = searcher.search(records, count, oldestFirst).scoreDocs;
        for (ScoreDoc hit : hits) {
            DocumentInfo info = LuceneDocuments.toDocumentInfo(searcher.storedFields().document(hit.doc));
            // an index written before hashes existed has none: an empty hash never matches an upload's
            String sha256 = hashes.getOrDefault(info.id(), "");
            sink.accept(entry(info, sha256));
        }
        return hits.length;
    }

    private PassageStore.Entry entry(DocumentInfo info, String sha256) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, info.id())), BooleanClause.Occur.FILTER)
                .build();
        int count = Math.max(1, searcher.count(query));
        List<Stored> stored = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            PassageStore.StoredPassage passage = LuceneDocuments.toStoredPassage(
                    searcher.storedFields().document(hit.doc));
            stored.add(new Stored(passage, vector(hit.doc)));
        }
        stored.sort(Comparator.comparingInt(s -> s.passage().ordinal()));
        List<Chunk> chunks = stored.stream().map(s -> s.passage().chunk()).toList();
        boolean allVectors = !stored.isEmpty() && stored.stream().allMatch(s -> s.vector().isPresent());
        List<PassageVector> vectors = allVectors ? stored.stream().map(s -> s.vector().orElseThrow()).toList()
                : List.of();
        return new PassageStore.Entry(info, sha256, chunks, vectors, Optional.empty());
    }

    private record Stored(PassageStore.StoredPassage passage, Optional<PassageVector> vector) {
    }

    /** The passage's vector in whichever model's field holds one (each passage is embedded by one model). */
    private Optional<PassageVector> vector(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        LeafReader reader = leaf.reader();
        for (FieldInfo field : reader.getFieldInfos()) {
            if (field.getVectorDimension() == 0 || field.getVectorEncoding() != VectorEncoding.FLOAT32) {
                continue;
            }
            FloatVectorValues values = reader.getFloatVectorValues(field.name);
            if (values != null && values.advance(local) == local) {
                return Optional.of(new PassageVector(field.name, values.vectorValue().clone()));
            }
        }
        return Optional.empty();
    }

    /** Document id to SHA-256, from the terms of the hash key ({@code scope \0 sha256}) of live records. */
    private Map<String, String> hashes() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Terms terms = reader.terms(Fields.HASH_KEY);
            if (terms == null) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            TermsEnum each = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String key = term.utf8ToString();
                String sha256 = key.substring(key.indexOf('\u0000') + 1);
                postings = each.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        String id = reader.storedFields().document(doc, Set.of(Fields.DOC_ID)).get(Fields.DOC_ID);
                        hashes.put(id, sha256);
                    }
                }
            }
        }
        return hashes;
    }
}
