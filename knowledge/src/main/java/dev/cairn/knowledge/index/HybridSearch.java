package dev.cairn.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * exact cosine similarity to the question, whichever list found it. A question put into the other script (see
 * {@link SearchSpec#translated()}) adds one vector list per translation, and a passage of that script is compared
 * with the translation. The two rankings are fused either by
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
     * Candidates best first, and the docs among them that were compared with a translated vector (passages in the
     * other script); {@code filter} restricts every list to the allowed passages (none: every passage is allowed).
     */
    Found search(IndexSearcher searcher, RelevanceQuery keywords, Optional<Query> filter, SearchSpec spec)
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
        if (spec.mode() != RetrievalMode.BM25) {
            for (PassageVector vector : spec.vectors()) {
                Query knn = new KnnFloatVectorQuery(vector.field(), vector.values(), depth, filter.orElse(null));
                add(rrf, searcher.search(knn, depth).scoreDocs, tuning.vectorWeight());
            }
        }
        ScoreDoc[] docs = rrf.keySet().stream().map(doc -> new ScoreDoc(doc, 0)).toArray(ScoreDoc[]::new);
        QuestionTerms.Evidence[] evidence = keywords.evidence(searcher, docs);
        int[] compared = new int[docs.length];
        double[] cosine = spec.queryVector().isPresent()
                ? cosines(searcher, docs, spec.vectors(), compared) : new double[docs.length];
        Set<Integer> otherScript = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i].doc;
            double fused = RankedLists.fused(tuning, spec.mode(), bm25.getOrDefault(doc, 0.0), cosine[i],
                    rrf.get(doc));
            candidates.add(new Candidate(doc, evidence[i].coverage(), cosine[i], fused, bm25.getOrDefault(doc, 0.0),
                    evidence[i]));
            if (compared[i] > 0) {
                otherScript.add(doc);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed());
        return new Found(candidates, otherScript);
    }

    /** Candidates best first, and the docs of passages in the other script than the question's. */
    record Found(List<Candidate> candidates, Set<Integer> otherScript) {
    }

    private void add(Map<Integer, Double> fused, ScoreDoc[] ranked, double weight) {
        for (int rank = 0; rank < ranked.length; rank++) {
            fused.merge(ranked[rank].doc, RankedLists.reciprocal(tuning, weight, rank), Double::sum);
        }
    }

    /**
     * Exact cosine similarity of each doc's stored vector to the question's vector of the same field (the first of
     * {@code vectors} whose field the doc has a vector in); NaN for a doc without one (yet). {@code compared} gets
     * the position in {@code vectors} of the vector each doc was compared with (0: the question's own).
     */
    private static double[] cosines(IndexSearcher searcher, ScoreDoc[] docs, List<PassageVector> vectors,
                                    int[] compared) throws IOException {
        double[] cosine = new double[docs.length];
        Arrays.fill(cosine, Double.NaN);
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int v = 0; v < vectors.size(); v++) {
            PassageVector query = vectors.get(v);
            Map<Integer, FloatVectorValues> perLeaf = new HashMap<>();
            for (int i : order) {
                if (!Double.isNaN(cosine[i])) {
                    continue;
                }
                int leaf = ReaderUtil.subIndex(docs[i].doc, leaves);
                LeafReaderContext context = leaves.get(leaf);
                FloatVectorValues values = perLeaf.computeIfAbsent(leaf, l -> vectors(context, query.field()));
                int target = docs[i].doc - context.docBase;
                if (values != null && values.docID() <= target
                        && (values.docID() == target || values.advance(target) == target)) {
                    cosine[i] = RankedLists.cosine(values.vectorValue(), query.values());
                    compared[i] = v;
                }
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
