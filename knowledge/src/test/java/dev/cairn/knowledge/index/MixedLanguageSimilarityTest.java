package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;

class MixedLanguageSimilarityTest {
    private static final CollectionStatistics PASSAGES = new CollectionStatistics("text", 1000, 1000, 40_000, 40_000);
    private static final long TWENTY_WORDS = SmallFloat.intToByte4(20);

    private static double repeatGain(String term) {
        Similarity.SimScorer scorer = new MixedLanguageSimilarity().scorer(1f, PASSAGES,
                new TermStatistics(new BytesRef(term), 50, 60));
        return scorer.score(5, TWENTY_WORDS) / scorer.score(1, TWENTY_WORDS);
    }

    @Test
    void aChineseWordSaysLittleMoreForBeingRepeated() {
        assertThat(repeatGain("年假")).isBetween(1.0, 1.2);
    }

    @Test
    void anEnglishWordKeepsLuceneDefaultSaturation() {
        assertThat(repeatGain("leav")).isGreaterThan(1.4);
    }
}
