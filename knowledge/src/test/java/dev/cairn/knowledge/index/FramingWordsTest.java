package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Words that frame a question ("am I allowed to …") weigh little in what a passage holds or lacks of it. */
class FramingWordsTest extends SmallIndexTest {
    @BeforeEach
    void putDocuments() {
        put("d1", "software.md", "Sublime Text licenses are bought by the tools team on request.");
        put("d2", "leave.md", "Supervisors approve annual leave in HR Links.");
        put("d3", "ask.md", "You are allowed to ask the help desk; they usually reply soon.");
    }

    @Test
    void framingWordsWeighAQuarterOfTheirIdfAndContentWordsTheirWhole() {
        double withFraming = coverage("supposed sublime", "software.md");
        double withContent = coverage("leave sublime", "software.md");

        assertThat(withFraming).isGreaterThan(withContent);
        // three passages; "sublime" is in one, "supposed" in none
        double sublime = QuestionTerms.idf(1, 3);
        assertThat(withFraming).isCloseTo(sublime / (0.25 * QuestionTerms.idf(0, 3) + sublime), within(1e-6));
    }

    @Test
    void chatWordsFrameAQuestionAsAskingWordsDo() {
        double framed = coverage("supposed sublime", "software.md");

        for (String chat : new String[] {"roughly", "wanna", "stuff", "oops", "fastest", "doesnt", "thats", "couple", "btw"}) {
            assertThat(coverage(chat + " sublime", "software.md")).as(chat).isCloseTo(framed, within(1e-9));
        }
        assertThat(coverage("total sublime", "software.md")).isLessThan(framed);
    }
}
