package dev.cairn.knowledge.index;

/**
 * The knobs of retrieval, tuned on the training splits of the evaluation sets.
 *
 * @param contextWeight weight of earlier questions' words, in [0, 1]
 * @param convex        fuse by a convex combination of scores (true) or by reciprocal ranks (false)
 * @param rrfK          reciprocal rank fusion's k: higher flattens the difference between ranks
 * @param keywordWeight weight of the keyword ranking (or normalized BM25 score) in the fusion
 * @param vectorWeight  weight of the vector ranking (or cosine) in the fusion
 * @param relevance     how coverage and cosine become the relevance compared with the threshold
 */
public record SearchTuning(double contextWeight, boolean convex, double rrfK, double keywordWeight,
                           double vectorWeight, Relevance relevance) {
    public static final SearchTuning DEFAULT = new SearchTuning(0.5, true, 5, 1.0, 1.5, new Relevance(0.5));

    public SearchTuning withContextWeight(double weight) {
        return new SearchTuning(weight, convex, rrfK, keywordWeight, vectorWeight, relevance);
    }

    public SearchTuning withFusion(boolean convexFusion, double k, double keyword, double vector) {
        return new SearchTuning(contextWeight, convexFusion, k, keyword, vector, relevance);
    }
}
