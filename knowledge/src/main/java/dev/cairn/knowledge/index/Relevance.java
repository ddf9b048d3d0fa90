package dev.cairn.knowledge.index;

/**
 * Reads a candidate's evidence as one relevance in [0, 1], the figure compared with {@code min-score}. Keyword
 * search uses the coverage (the share of the question's weight the passage contains); vector search uses the
 * cosine similarity of question and passage; hybrid search uses their weighted mean, so a passage needs both
 * shared words and shared meaning to pass. A passage whose vector is not in yet (just indexed) is judged by its
 * coverage alone in hybrid search.
 *
 * @param coverageWeight the coverage's share of the hybrid mean, in [0, 1]
 */
public record Relevance(double coverageWeight) {
    public Relevance {
        if (coverageWeight < 0 || coverageWeight > 1) {
            throw new IllegalArgumentException("coverageWeight must be within [0, 1], was " + coverageWeight);
        }
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
