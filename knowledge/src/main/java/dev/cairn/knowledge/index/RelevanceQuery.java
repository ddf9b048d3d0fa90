package dev.cairn.knowledge.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A BM25 query over the passage text, and the measure of relevance that the threshold reads, from the Lucene index:
 * the question's terms weighed by {@link QuestionTerms} against the index's document frequencies, searched as
 * term queries (each term's other forms, translations and a correction, the best of them per term at {@link
 * QuestionTerms#TRANSLATION_BOOST}), and what each hit holds of them read from the index's postings.
 */
final class RelevanceQuery {
    private final Query query;
    private final QuestionTerms terms;

    private RelevanceQuery(Query query, QuestionTerms terms) {
        this.query = query;
        this.terms = terms;
    }

    /**
     * @param contextWeight weight of terms that appear only in the context (earlier questions)
     * @param otherForms    analysed question terms with their other analysed forms: translations into the other
     *                      script, a spelling correction
     * @param specificTerms analysed terms of the question's numbers and names
     */
    static RelevanceQuery build(IndexSearcher searcher, Analyzer analyzer, String text, List<String> context,
                                double contextWeight, Map<String, Set<String>> otherForms,
                                Set<String> specificTerms) throws IOException {
        Map<String, Double> boosts = QuestionTerms.boosts(AnalyzedTerms.of(analyzer, text),
                context.stream().map(earlier -> AnalyzedTerms.of(analyzer, earlier)).toList(), contextWeight);
        Map<String, Long> docFreq = new HashMap<>();
        for (String term : QuestionTerms.asked(boosts, otherForms)) {
            docFreq.put(term, (long) searcher.getIndexReader().docFreq(new Term(Fields.TEXT, term)));
        }
        CollectionStatistics stats = searcher.collectionStatistics(Fields.TEXT);
        long docCount = stats == null ? 0 : stats.docCount();
        QuestionTerms terms = QuestionTerms.of(boosts, otherForms, specificTerms,
                QuestionTerms.framingTerms(analyzer), docFreq, docCount);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        terms.boosts().forEach((term, boost) -> {
            Query termQuery = new TermQuery(new Term(Fields.TEXT, term));
            builder.add(boost == 1.0 ? termQuery : new BoostQuery(termQuery, boost.floatValue()),
                    BooleanClause.Occur.SHOULD);
            List<Query> other = terms.forms(term).stream().skip(1)
                    .map(form -> (Query) new TermQuery(new Term(Fields.TEXT, form))).toList();
            if (!other.isEmpty()) {
                builder.add(new BoostQuery(new DisjunctionMaxQuery(other, 0),
                        (float) (QuestionTerms.TRANSLATION_BOOST * boost)), BooleanClause.Occur.SHOULD);
            }
        });
        return new RelevanceQuery(builder.build(), terms);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    Query query() {
        return query;
    }

    /**
     * What each hit's passage holds of the question, read from the index's postings: see {@link
     * QuestionTerms.Evidence}. A term counts as held when the passage holds it or one of its other forms.
     */
    QuestionTerms.Evidence[] evidence(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Map<String, Double> weights = terms.weights();
        boolean[][] held = new boolean[hits.length][weights.size()];
        QuestionTerms.Evidence[] evidence = new QuestionTerms.Evidence[hits.length];
        if (hits.length == 0) {
            return evidence;
        }
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int t = 0;
        for (String term : weights.keySet()) {
            for (String form : terms.forms(term)) {
                BytesRef bytes = new BytesRef(form);
                int leafIndex = -1;
                PostingsEnum postings = null;
                for (int i : order) {
                    int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
                    LeafReaderContext context = leaves.get(leaf);
                    if (leaf != leafIndex) {
                        leafIndex = leaf;
                        Terms fieldTerms = context.reader().terms(Fields.TEXT);
                        TermsEnum termsEnum = fieldTerms == null ? null : fieldTerms.iterator();
                        postings = termsEnum != null && termsEnum.seekExact(bytes)
                                ? termsEnum.postings(null, PostingsEnum.NONE) : null;
                    }
                    int target = hits[i].doc - context.docBase;
                    if (postings != null && postings.docID() <= target
                            && (postings.docID() == target || postings.advance(target) == target)) {
                        held[i][t] = true;
                    }
                }
            }
            t++;
        }
        for (int i = 0; i < hits.length; i++) {
            evidence[i] = terms.evidence(held[i]);
        }
        return evidence;
    }
}
