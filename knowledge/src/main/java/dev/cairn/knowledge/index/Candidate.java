package dev.cairn.knowledge.index;

import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import java.util.List;

/**
 * A passage found by a search, before the threshold: its Lucene doc, the share of the question's weight it contains
 * ({@code coverage}), its cosine similarity to the question ({@code cosine}, NaN when it has no vector), its fused
 * rank score, its BM25 score divided by the best ({@code bm25}, 0 when keywords did not find it) and what it holds of
 * the question ({@code evidence}).
 */
record Candidate(int doc, double coverage, double cosine, double fused, double bm25, QuestionTerms.Evidence evidence) {

    /** The features of the {@code i}th of candidates sorted best first, for the answerability model. */
    static AnswerabilityFeatures features(List<Candidate> sorted, int i) {
        Candidate c = sorted.get(i);
        double next = i + 1 < sorted.size() ? sorted.get(i + 1).fused() : 0;
        return features(c.evidence(), c.cosine(), c.bm25(), c.fused(), sorted.get(0).fused(), next);
    }

    /**
     * A candidate's features, for the answerability model, whichever store found it: its evidence, its cosine (NaN
     * without a vector), its BM25 score divided by the best, and its fused score with the best one's and the next
     * candidate's (0 for the last).
     */
    static AnswerabilityFeatures features(QuestionTerms.Evidence evidence, double cosine, double bm25, double fused,
                                          double best, double next) {
        double gap = best <= 0 ? 0 : Math.max(0, fused - next) / best;
        boolean hasVector = !Double.isNaN(cosine);
        return new AnswerabilityFeatures(evidence.coverage(), hasVector ? Math.max(0, cosine) : 0, hasVector,
                bm25, gap, evidence.missingMost(), evidence.specificMissing(), evidence.unknownShare());
    }
}
