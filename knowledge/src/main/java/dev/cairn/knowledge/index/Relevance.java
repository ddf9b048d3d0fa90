package dev.cairn.knowledge.index;

/**
 * Reads a candidate's evidence as one relevance in [0, 1], the figure compared with {@code min-score}. Keyword
 * search uses the coverage (the share of the question's weight the passage contains); vector search uses the
 * cosine similarity of question and passage; hybrid search uses their weighted mean, so a passage needs both
 * shared words and shared meaning to pass. A passage whose vector is not in yet (just indexed) is judged by its
 * coverage alone in hybrid search. A passage in the other script is read by {@link #acrossScripts}.
 *
 * @param coverageWeight the coverage's share of the hybrid mean, in [0, 1]
 */
public record Relevance(double coverageWeight) {
    public Relevance {
        if (coverageWeight < 0 || coverageWeight > 1) {
            throw new IllegalArgumentException("coverageWeight must be within [0, 1], was " + coverageWeight);
        }
    }

    /**
     * The relevance of a passage in the other script than the question's, compared with the question's translation
     * (in hybrid mode): the higher of the coverage (its words through the dictionary) and the hybrid mean. A
     * translation's cosine runs lower than the question's own (a bag of dictionary words against a sentence), so
     * the mean alone would hold back passages that hold the question's words.
     */
    double acrossScripts(double coverage, double cosine) {
        return Double.isNaN(cosine) ? coverage : Math.max(coverage, of(RetrievalMode.HYBRID, coverage, cosine));
    }

    /** @param cosine the similarity, or NaN when the passage has no vector */
    double of(RetrievalMode mode, double coverage, double cosine) {
        double semantic = Double.isNaN(cosine) ? Double.NaN : Math.max(0, Math.min(1, cosine));
        return switch (mode) {
            case BM25 -> coverage;
            case VECTOR -> Double.isNaN(semantic) ? 0 : semantic;
            case HYBRID -> Double.isNaN(semantic) ? coverage
                    : coverageWeight * coverage + (1 - coverageWeight) * semantic;
        };
    }
}
