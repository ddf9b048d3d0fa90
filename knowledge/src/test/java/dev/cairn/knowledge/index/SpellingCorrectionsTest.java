package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpellingCorrectionsTest extends SmallIndexTest {
    @BeforeEach
    void putDocuments() {
        put("t1", "travel.md", "Travel must be approved in the travel system before the trip starts.");
        put("t2", "approvals.md", "Your supervisor approved the request; approved trips appear in the list.");
        put("t3", "summons.md", "A jury summons is recorded as court leave.");
    }

    @Test
    void aWordFewPassagesHoldIsNotACorrection() {
        // "summons" is in one passage only: "sumons" stays a word the documents lack.
        assertThat(coverage("jury sumons", "summons.md")).isLessThan(coverage("jury summons", "summons.md"));
    }

    @Test
    void aNameTheQuestionIsAboutIsNeverCorrected() {
        // "Approvd" written as a name past the first word is specific: it must stay missing, like a city.
        assertThat(coverage("travel to Approvd", "travel.md")).isLessThan(coverage("travel approved", "travel.md"));
    }
}
