package dev.cairn.knowledge.answerability;

import java.util.List;

/**
 * What retrieval knows about one candidate passage for one question, the inputs of the {@link AnswerabilityModel}.
 *
 * @param coverage        the share of the question's weight (idf) the passage holds, in [0, 1]
 * @param cosine          cosine similarity of question and passage (0 when the passage has no comparable vector)
 * @param hasVector       whether the cosine was measured
 * @param bm25            the passage's BM25 score divided by the best one (0 when keywords did not find it)
 * @param gap             the fused score's lead over the next candidate, divided by the best fused score
 * @param missingMost     the weight of the weightiest question term the passage lacks, as a share of the whole
 * @param specificMissing whether the passage lacks a number or a name of the question
 * @param unknownShare    the share of the question's weight no passage of the index holds
 */
public record AnswerabilityFeatures(double coverage, double cosine, boolean hasVector, double bm25, double gap,
                                    double missingMost, boolean specificMissing, double unknownShare) {
    /** The names of {@link #values()}, in order, as written in the weights file. */
    public static final List<String> NAMES = List.of("coverage", "cosine", "has_vector", "bm25", "gap",
            "missing_most", "specific_missing", "unknown_share", "coverage_x_cosine");

    /**
     * The sign each weight is held to when fitting (+1: never negative, -1: never positive, 0: free), in {@link
     * #NAMES} order: holding more of the question never lowers the answerability, and lacking more of it (its
     * weightiest word, a number or name, words no document holds) never raises it.
     */
    public static final List<Integer> SIGNS = List.of(1, 0, 0, 0, 0, -1, -1, -1, 0);

    public AnswerabilityFeatures {
        if (Double.isNaN(coverage) || Double.isNaN(cosine) || Double.isNaN(bm25) || Double.isNaN(gap)
                || Double.isNaN(missingMost) || Double.isNaN(unknownShare)) {
            throw new IllegalArgumentException("features must be numbers: " + coverage + ", " + cosine + ", " + bm25
                    + ", " + gap + ", " + missingMost + ", " + unknownShare);
        }
    }

    /** The features as the model reads them (booleans as 0 or 1, plus coverage × cosine), in {@link #NAMES} order. */
    public double[] values() {
        return new double[] {coverage, cosine, hasVector ? 1 : 0, bm25, gap, missingMost, specificMissing ? 1 : 0,
                unknownShare, coverage * cosine};
    }
}
