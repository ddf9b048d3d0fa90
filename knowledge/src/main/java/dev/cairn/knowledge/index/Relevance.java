package dev.cairn.knowledge.index;

/**
 * Reads a candidate's keyword coverage and cosine similarity as one relevance in [0, 1], the figure compared with
 * {@code min-score}. Keyword search uses coverage alone; vector search maps the cosine linearly from {@code floor}
 * (0) to {@code ceiling} (1); hybrid takes the larger of the two, so either strong evidence can carry a passage.
 */
public record Relevance(double floor, double ceiling) {
    public Relevance {
        if (!(floor < ceiling)) {
            throw new IllegalArgumentException("floor must be below ceiling");
        }
    }

    double of(RetrievalMode mode, double coverage, double cosine) {
        double semantic = Math.max(0, Math.min(1, (cosine - floor) / (ceiling - floor)));
        return switch (mode) {
            case BM25 -> coverage;
            case VECTOR -> semantic;
            case HYBRID -> Math.max(coverage, semantic);
        };
    }
}
