package dev.cairn.knowledge.index;

/**
 * Reads a candidate's evidence as one relevance in [0, 1], the figure compared with {@code min-score}. Keyword
 * search uses the coverage (the share of the question's weight the passage contains); vector search uses the
 * cosine similarity of question and passage; hybrid search uses their weighted mean, so a passage needs both
 * shared words and shared meaning to pass. A passage whose vector is not in yet (just indexed) is judged by its
 * coverage alone in hybrid search. A passage in the other script is read by {@link #acrossScripts}.
 *
 * @param coverageWeight        the coverage's share of the hybrid mean, in [0, 1]
 * @param translationEvenCosine the cosine with the question's translation at which a passage in the other script
 *                              is even odds on its own (its relevance is 0.5 there and rises with the cosine)
 */
public record Relevance(double coverageWeight, double translationEvenCosine) {
    /**
     * Chosen on the grounding check's tune split: English questions' translations (embedded by bge-small-zh) reach
     * 0.59–0.63 against the Chinese passage that answers them, and at most 0.57 against any Chinese passage when
     * the answer is not in Chinese.
     */
    public static final double TRANSLATION_EVEN_COSINE = 0.58;

    public Relevance {
        if (coverageWeight < 0 || coverageWeight > 1) {
            throw new IllegalArgumentException("coverageWeight must be within [0, 1], was " + coverageWeight);
        }
        if (translationEvenCosine <= 0 || translationEvenCosine > 1) {
            throw new IllegalArgumentException("translationEvenCosine must be within (0, 1], was "
                    + translationEvenCosine);
        }
    }

    public Relevance(double coverageWeight) {
        this(coverageWeight, TRANSLATION_EVEN_COSINE);
    }

    /**
     * The relevance of a passage in the other script than the question's, compared with the question's translation
     * (in hybrid mode): the highest of the hybrid mean and the cosine on its own, shifted so that {@link
     * #translationEvenCosine} reads 0.5; and for a Chinese question over an English passage also the coverage (its
     * words through the dictionary) on its own. A translation's cosine runs lower than the question's own (a bag of
     * dictionary words against a sentence), so the mean alone would hold back English passages that hold a Chinese
     * question's words; and a name the dictionary lacks leaves a passage that answers with little coverage, which a
     * cosine well above the crowd makes up for. An English word gives up to six Chinese words, some of one
     * character, so a Chinese passage holds some of them by chance: there coverage alone is not enough.
     *
     * @param chineseQuestion whether the question is Chinese (the passage English)
     */
    double acrossScripts(double coverage, double cosine, boolean chineseQuestion) {
        if (Double.isNaN(cosine)) {
            return coverage;
        }
        double alone = Math.max(0, Math.min(1, cosine - translationEvenCosine + 0.5));
        double supported = Math.max(of(RetrievalMode.HYBRID, coverage, cosine), alone);
        return chineseQuestion ? Math.max(coverage, supported) : supported;
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
