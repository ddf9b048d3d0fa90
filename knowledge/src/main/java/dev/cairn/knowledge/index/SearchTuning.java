package dev.cairn.knowledge.index;

/**
 * The knobs of retrieval, tuned on the training splits of the evaluation sets.
 *
 * @param contextWeight weight of earlier questions' words, in [0, 1]
 * @param rrfK          reciprocal rank fusion's k: higher flattens the difference between ranks
 * @param keywordWeight weight of the keyword ranking in the fusion
 * @param vectorWeight  weight of the vector ranking in the fusion
 * @param relevance     how coverage and cosine become the relevance compared with the threshold
 */
public record SearchTuning(double contextWeight, double rrfK, double keywordWeight, double vectorWeight,
                           Relevance relevance) {
    public static final SearchTuning DEFAULT = new SearchTuning(0.5, 60, 1.0, 1.0, new Relevance(0.3, 0.7));

    public SearchTuning withContextWeight(double weight) {
        return new SearchTuning(weight, rrfK, keywordWeight, vectorWeight, relevance);
    }
}
