package dev.cairn.knowledge.index;

/**
 * A passage found by a search, before the threshold: its Lucene doc, the share of the question's weight it contains
 * ({@code coverage}), its cosine similarity to the question ({@code cosine}, NaN when it has no vector) and its fused rank score.
 */
record Candidate(int doc, double coverage, double cosine, double fused) {
}
