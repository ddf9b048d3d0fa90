package dev.cairn.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * A BM25 query over the passage text, and the measure of relevance that the threshold reads: the share of the
 * question's weight that a passage contains, in [0, 1]. Each distinct question term weighs its idf (rarer words
 * weigh more), times the context weight for terms only in earlier questions. Terms absent from the whole index
 * still weigh, so a question about something the knowledge base never mentions ("the capital of France") covers
 * little of its weight anywhere. A term with translations into the other script (Chinese or English) counts as
 * contained when the passage holds the term or one of its translations, and its translations are searched too
 * (the best of them per term, at {@link #TRANSLATION_BOOST}).
 */
final class RelevanceQuery {
    private static final int BACKGROUND_PASSAGES = 1000;
    /** Weight of a translated term in the keyword ranking, against 1 for the question's own words. */
    static final float TRANSLATION_BOOST = 0.5f;
    /**
     * A number or name counts as specific only when at most this share of the passages (or {@link
     * #SPECIFIC_MIN_PASSAGES}) hold it: a name the whole knowledge base repeats ("TTS", "GSA") is not what a question
     * is specifically about.
     */
    private static final double SPECIFIC_SHARE = 0.02;
    private static final long SPECIFIC_MIN_PASSAGES = 5;
    /**
     * Words that frame a question rather than say what it is about ("am I allowed to …", "how long do we still …",
     * "does anyone know …"): a passage that answers need not contain them, so they weigh {@link #FRAMING_WEIGHT} of
     * their idf in the coverage and in what a passage lacks (the keyword ranking still searches them in full).
     */
    static final List<String> FRAMING_WORDS = List.of("what", "whats", "how", "when", "where", "which", "who",
            "whom", "whose", "why", "can", "could", "should", "would", "may", "might", "must", "do", "does", "did",
            "i", "im", "me", "my", "we", "us", "our", "you", "your", "u", "allowed", "supposed", "able", "happen",
            "happens", "still", "already", "actually", "usually", "exactly", "really", "ever", "ask", "check", "know",
            "need", "want", "get", "got", "anyone", "someone", "anybody", "somebody", "long", "often", "soon",
            "early", "ok", "okay", "pls", "please", "thanks", "thx", "hey", "hi");
    /** The share of its idf a framing word weighs. */
    static final double FRAMING_WEIGHT = 0.25;
    private static final Map<Analyzer, Set<String>> FRAMING_TERMS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private final Query query;
    private final Map<String, Double> weights;
    private final Map<String, Set<String>> forms;
    private final Set<String> specific;
    private final Set<String> unknown;
    private final double totalWeight;

    private RelevanceQuery(Query query, Map<String, Double> weights, Map<String, Set<String>> forms,
                           Set<String> specific, Set<String> unknown) {
        this.query = query;
        this.weights = weights;
        this.forms = forms;
        this.specific = specific;
        this.unknown = unknown;
        this.totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * @param contextWeight weight of terms that appear only in the context (earlier questions)
     */
    static RelevanceQuery build(IndexSearcher searcher, Analyzer analyzer, String text, List<String> context,
                                double contextWeight) throws IOException {
        return build(searcher, analyzer, text, context, contextWeight, Map.of(), Set.of());
    }

    /**
     * @param contextWeight weight of terms that appear only in the context (earlier questions)
     * @param translations  analysed question terms with their analysed translations into the other script
     * @param specificTerms analysed terms of the question's numbers and names
     */
    static RelevanceQuery build(IndexSearcher searcher, Analyzer analyzer, String text, List<String> context,
                                double contextWeight, Map<String, Set<String>> translations,
                                Set<String> specificTerms) throws IOException {
        Map<String, Double> boosts = new LinkedHashMap<>();
        for (String earlier : context) {
            terms(analyzer, earlier).forEach(t -> boosts.put(t, contextWeight));
        }
        terms(analyzer, text).forEach(t -> boosts.put(t, 1.0));
        Set<String> specific = new HashSet<>(specificTerms);
        Set<String> framing = FRAMING_TERMS.computeIfAbsent(analyzer,
                a -> Set.copyOf(terms(a, String.join(" ", FRAMING_WORDS))));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        Set<String> unknown = new HashSet<>();
        CollectionStatistics stats = searcher.collectionStatistics(Fields.TEXT);
        long docCount = stats == null ? 0 : stats.docCount();
        for (Map.Entry<String, Double> e : boosts.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            Term term = new Term(Fields.TEXT, e.getKey());
            int docFreq = searcher.getIndexReader().docFreq(term);
            weights.put(e.getKey(), e.getValue() * idf(docFreq, docCount)
                    * (framing.contains(e.getKey()) ? FRAMING_WEIGHT : 1));
            Query termQuery = new TermQuery(term);
            builder.add(e.getValue() == 1.0 ? termQuery : new BoostQuery(termQuery, e.getValue().floatValue()),
                    BooleanClause.Occur.SHOULD);
            Set<String> termForms = new LinkedHashSet<>();
            termForms.add(e.getKey());
            List<Query> translated = new ArrayList<>();
            for (String translation : translations.getOrDefault(e.getKey(), Set.of())) {
                Term other = new Term(Fields.TEXT, translation);
                if (!translation.equals(e.getKey()) && searcher.getIndexReader().docFreq(other) > 0) {
                    termForms.add(translation);
                    translated.add(new TermQuery(other));
                }
            }
            if (!translated.isEmpty()) {
                builder.add(new BoostQuery(new DisjunctionMaxQuery(translated, 0),
                        (float) (TRANSLATION_BOOST * e.getValue())), BooleanClause.Occur.SHOULD);
            }
            if (docFreq == 0 && termForms.size() == 1) {
                unknown.add(e.getKey());
            }
            forms.put(e.getKey(), termForms);
        }
        specific.retainAll(weights.keySet());
        long rare = Math.max(SPECIFIC_MIN_PASSAGES, (long) (docCount * SPECIFIC_SHARE));
        for (java.util.Iterator<String> it = specific.iterator(); it.hasNext(); ) {
            if (searcher.getIndexReader().docFreq(new Term(Fields.TEXT, it.next())) > rare) {
                it.remove();
            }
        }
        return new RelevanceQuery(builder.build(), weights, forms, specific, unknown);
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
        return AnalyzedTerms.of(analyzer, text);
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
        Evidence[] evidence = evidence(searcher, hits);
        double[] coverage = new double[hits.length];
        for (int i = 0; i < hits.length; i++) {
            coverage[i] = evidence[i].coverage();
        }
        return coverage;
    }

    /**
     * What each hit's passage holds of the question, read from the index's postings: see {@link Evidence}. A term
     * counts as held when the passage holds it or one of its translations.
     */
    Evidence[] evidence(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        boolean[][] held = new boolean[hits.length][weights.size()];
        Evidence[] evidence = new Evidence[hits.length];
        if (totalWeight == 0 || hits.length == 0) {
            java.util.Arrays.fill(evidence, Evidence.NONE);
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
            for (String form : forms.get(term)) {
                BytesRef bytes = new BytesRef(form);
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
                        held[i][t] = true;
                    }
                }
            }
            t++;
        }
        double unknownWeight = 0;
        for (String term : unknown) {
            unknownWeight += weights.get(term);
        }
        for (int i = 0; i < hits.length; i++) {
            double matched = 0;
            double missingMost = 0;
            boolean specificMissing = false;
            int k = 0;
            for (Map.Entry<String, Double> term : weights.entrySet()) {
                if (held[i][k]) {
                    matched += term.getValue();
                } else {
                    missingMost = Math.max(missingMost, term.getValue());
                    specificMissing |= specific.contains(term.getKey());
                }
                k++;
            }
            evidence[i] = new Evidence(Math.min(1.0, matched / totalWeight), missingMost / totalWeight,
                    specificMissing, unknownWeight / totalWeight);
        }
        return evidence;
    }

    /**
     * What a passage holds of a question.
     *
     * @param coverage        the share of the question's weight it holds, in [0, 1]
     * @param missingMost     the weight of the weightiest question term it lacks, as a share of the whole
     * @param specificMissing whether it lacks a number or a capitalised name of the question
     * @param unknownShare    the share of the question's weight that no passage of the index holds
     */
    record Evidence(double coverage, double missingMost, boolean specificMissing, double unknownShare) {
        static final Evidence NONE = new Evidence(0, 0, false, 0);
    }
}
