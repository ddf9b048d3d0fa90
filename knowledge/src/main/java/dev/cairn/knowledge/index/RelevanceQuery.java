package dev.cairn.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A BM25 query over the passage text, and the measure of relevance that the threshold reads: the share of the
 * question's weight that a passage contains, in [0, 1]. Each distinct question term weighs its idf (rarer words
 * weigh more), times the context weight for terms only in earlier questions. Terms absent from the whole index
 * still weigh, so a question about something the knowledge base never mentions ("the capital of France") covers
 * little of its weight anywhere.
 */
final class RelevanceQuery {
    private static final int BACKGROUND_PASSAGES = 1000;
    private final Query query;
    private final Map<String, Double> weights;
    private final double totalWeight;

    private RelevanceQuery(Query query, Map<String, Double> weights) {
        this.query = query;
        this.weights = weights;
        this.totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * @param contextWeight weight of terms that appear only in the context (earlier questions)
     */
    static RelevanceQuery build(IndexSearcher searcher, Analyzer analyzer, String text, List<String> context,
                                double contextWeight) throws IOException {
        Map<String, Double> boosts = new LinkedHashMap<>();
        for (String earlier : context) {
            terms(analyzer, earlier).forEach(t -> boosts.put(t, contextWeight));
        }
        terms(analyzer, text).forEach(t -> boosts.put(t, 1.0));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Map<String, Double> weights = new LinkedHashMap<>();
        CollectionStatistics stats = searcher.collectionStatistics(Fields.TEXT);
        long docCount = stats == null ? 0 : stats.docCount();
        for (Map.Entry<String, Double> e : boosts.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            Term term = new Term(Fields.TEXT, e.getKey());
            weights.put(e.getKey(), e.getValue() * idf(searcher.getIndexReader().docFreq(term), docCount));
            Query termQuery = new TermQuery(term);
            builder.add(e.getValue() == 1.0 ? termQuery : new BoostQuery(termQuery, e.getValue().floatValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return new RelevanceQuery(builder.build(), weights);
    }

    /**
     * BM25's idf, computed as if the index held {@link #BACKGROUND_PASSAGES} more passages without the term, so that
     * in a small knowledge base one word the question adds ("how soon …") does not outweigh the words it shares.
     * A term no passage has still gets the highest weight.
     */
    static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount + BACKGROUND_PASSAGES - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute attr = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(attr.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    Query query() {
        return query;
    }

    /**
     * For each hit, the share of the question's weight that its passage contains, in [0, 1], read from the index's
     * postings (no re-analysis of the text).
     */
    double[] relevance(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        double[] matched = new double[hits.length];
        if (totalWeight == 0 || hits.length == 0) {
            return matched;
        }
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (Map.Entry<String, Double> term : weights.entrySet()) {
            BytesRef bytes = new BytesRef(term.getKey());
            int leafIndex = -1;
            PostingsEnum postings = null;
            for (int i : order) {
                int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
                LeafReaderContext context = leaves.get(leaf);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    Terms terms = context.reader().terms(Fields.TEXT);
                    TermsEnum termsEnum = terms == null ? null : terms.iterator();
                    postings = termsEnum != null && termsEnum.seekExact(bytes)
                            ? termsEnum.postings(null, PostingsEnum.NONE) : null;
                }
                int target = hits[i].doc - context.docBase;
                if (postings != null && postings.docID() <= target
                        && (postings.docID() == target || postings.advance(target) == target)) {
                    matched[i] += term.getValue();
                }
            }
        }
        for (int i = 0; i < matched.length; i++) {
            matched[i] = Math.min(1.0, matched[i] / totalWeight);
        }
        return matched;
    }
}
