package dev.cairn.knowledge.index;

import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import java.util.List;

/**
 * A passage found by a search, before the threshold: its Lucene doc, the share of the question's weight it contains
 * ({@code coverage}), its cosine similarity to the question ({@code cosine}, NaN when it has no vector), its fused
 * rank score, its BM25 score divided by the best ({@code bm25}, 0 when keywords did not find it) and what it holds of
 * the question ({@code evidence}).
 */
record Candidate(int doc, double coverage, double cosine, double fused, double bm25, RelevanceQuery.Evidence evidence) {

    /** The features of the {@code i}th of candidates sorted best first, for the answerability model. */
    static AnswerabilityFeatures features(List<Candidate> sorted, int i) {
        Candidate c = sorted.get(i);
        double best = sorted.get(0).fused();
        double next = i + 1 < sorted.size() ? sorted.get(i + 1).fused() : 0;
        double gap = best <= 0 ? 0 : Math.max(0, c.fused() - next) / best;
        boolean hasVector = !Double.isNaN(c.cosine());
        return new AnswerabilityFeatures(c.evidence().coverage(), hasVector ? Math.max(0, c.cosine()) : 0, hasVector,
                c.bm25(), gap, c.evidence().missingMost(), c.evidence().specificMissing(),
                c.evidence().unknownShare());
    }
}
