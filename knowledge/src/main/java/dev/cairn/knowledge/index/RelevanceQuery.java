package dev.cairn.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A BM25 query over the passage text whose scores can be read as relevance in [0, 1]. The reference is the score
 * of a passage of average length that contains every query term once, boost × idf / (1 + k1) per term: relevance
 * is a passage's score over that reference, capped at 1, so it reads as the share of the question's weight (rarer
 * words weigh more) that the passage covers. Terms absent from the index still count in the reference, so a
 * question about something the knowledge base never mentions scores low.
 */
final class RelevanceQuery {
    /** Lucene's default BM25 term-frequency saturation, used by the index. */
    private static final double K1 = 1.2;
    private final Query query;
    private final double referenceScore;

    private RelevanceQuery(Query query, double referenceScore) {
        this.query = query;
        this.referenceScore = referenceScore;
    }

    /**
     * @param contextWeight boost of terms that appear only in the context (earlier questions)
     */
    static RelevanceQuery build(IndexSearcher searcher, Analyzer analyzer, String text, List<String> context,
                                double contextWeight) throws IOException {
        Map<String, Double> boosts = new LinkedHashMap<>();
        for (String earlier : context) {
            terms(analyzer, earlier).forEach(t -> boosts.put(t, contextWeight));
        }
        terms(analyzer, text).forEach(t -> boosts.put(t, 1.0));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        double max = 0;
        CollectionStatistics stats = searcher.collectionStatistics(Fields.TEXT);
        long docCount = stats == null ? 0 : stats.docCount();
        for (Map.Entry<String, Double> e : boosts.entrySet()) {
            Term term = new Term(Fields.TEXT, e.getKey());
            int docFreq = searcher.getIndexReader().docFreq(term);
            max += e.getValue() * idf(docFreq, docCount) / (1 + K1);
            Query termQuery = new TermQuery(term);
            builder.add(e.getValue() == 1.0 ? termQuery : new BoostQuery(termQuery, e.getValue().floatValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return new RelevanceQuery(builder.build(), max);
    }

    /** Lucene's BM25 idf; a term no passage has gets the idf of a term in half a passage. */
    private static double idf(long docFreq, long docCount) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new java.util.ArrayList<>();
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
        return referenceScore == 0;
    }

    Query query() {
        return query;
    }

    /** The score read as relevance in [0, 1]. */
    double relevance(float score) {
        return referenceScore == 0 ? 0 : Math.min(1.0, score / referenceScore);
    }
}
