package dev.cairn.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Finds candidate passages by keywords, by vectors or both. Every candidate gets its keyword coverage and its
 * exact cosine similarity to the question, whichever list found it. The two rankings are fused either by
 * reciprocal rank fusion (each list adds weight / (k + rank)) or by a convex combination of the BM25 score
 * (divided by the best one) and the cosine: keyword weight × bm25 + vector weight × cosine.
 */
final class HybridSearch {
    /** Candidates read from each list. */
    static final int DEPTH = 40;
    private final SearchTuning tuning;

    HybridSearch(SearchTuning tuning) {
        this.tuning = tuning;
    }

    /**
     * Candidates best first; {@code filter} restricts both lists to the allowed passages (none: every passage is
     * allowed).
     */
    List<Candidate> search(IndexSearcher searcher, RelevanceQuery keywords, Optional<Query> filter, SearchSpec spec)
            throws IOException {
        int depth = Math.max(DEPTH, spec.topK());
        Map<Integer, Double> rrf = new LinkedHashMap<>();
        Map<Integer, Double> bm25 = new HashMap<>();
        if (spec.mode() != RetrievalMode.VECTOR && !keywords.isEmpty()) {
            Query query = filter.isEmpty() ? keywords.query() : new BooleanQuery.Builder()
                    .add(keywords.query(), BooleanClause.Occur.MUST)
                    .add(filter.get(), BooleanClause.Occur.FILTER).build();
            ScoreDoc[] hits = searcher.search(query, depth).scoreDocs;
            add(rrf, hits, tuning.keywordWeight());
            double best = hits.length == 0 ? 1 : hits[0].score;
            for (ScoreDoc hit : hits) {
                bm25.put(hit.doc, hit.score / best);
            }
        }
        if (spec.mode() != RetrievalMode.BM25 && spec.queryVector().isPresent()) {
            PassageVector vector = spec.queryVector().get();
            Query knn = new KnnFloatVectorQuery(vector.field(), vector.values(), depth, filter.orElse(null));
            add(rrf, searcher.search(knn, depth).scoreDocs, tuning.vectorWeight());
        }
        ScoreDoc[] docs = rrf.keySet().stream().map(doc -> new ScoreDoc(doc, 0)).toArray(ScoreDoc[]::new);
        RelevanceQuery.Evidence[] evidence = keywords.evidence(searcher, docs);
        double[] cosine = spec.queryVector().isPresent()
                ? cosines(searcher, docs, spec.queryVector().get()) : new double[docs.length];
        List<Candidate> candidates = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i].doc;
            double fused = RankedLists.fused(tuning, spec.mode(), bm25.getOrDefault(doc, 0.0), cosine[i],
                    rrf.get(doc));
            candidates.add(new Candidate(doc, evidence[i].coverage(), cosine[i], fused, bm25.getOrDefault(doc, 0.0),
                    evidence[i]));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed());
        return candidates;
    }

    private void add(Map<Integer, Double> fused, ScoreDoc[] ranked, double weight) {
        for (int rank = 0; rank < ranked.length; rank++) {
            fused.merge(ranked[rank].doc, RankedLists.reciprocal(tuning, weight, rank), Double::sum);
        }
    }

    /** Exact cosine similarity of each doc's stored vector to the question's; NaN for a doc without one (yet). */
    private static double[] cosines(IndexSearcher searcher, ScoreDoc[] docs, PassageVector query) throws IOException {
        double[] cosine = new double[docs.length];
        Arrays.fill(cosine, Double.NaN);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, FloatVectorValues> perLeaf = new HashMap<>();
        for (int i : order) {
            int leaf = ReaderUtil.subIndex(docs[i].doc, leaves);
            LeafReaderContext context = leaves.get(leaf);
            FloatVectorValues values = perLeaf.computeIfAbsent(leaf, l -> vectors(context, query.field()));
            int target = docs[i].doc - context.docBase;
            if (values != null && values.docID() <= target
                    && (values.docID() == target || values.advance(target) == target)) {
                cosine[i] = RankedLists.cosine(values.vectorValue(), query.values());
            }
        }
        return cosine;
    }

    private static FloatVectorValues vectors(LeafReaderContext context, String field) {
        try {
            return context.reader().getFloatVectorValues(field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
