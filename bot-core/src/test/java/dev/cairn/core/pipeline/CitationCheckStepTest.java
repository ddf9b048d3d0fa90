package dev.cairn.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Citation;
import dev.cairn.core.Location;
import dev.cairn.core.Outcome;
import dev.cairn.core.answer.Answer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationCheckStepTest {

    private static Citation citation(int index) {
        return new Citation(index, "d" + index, "doc" + index + ".pdf", Location.page(index), "quote " + index,
                Optional.empty());
    }

    @Test
    void removesMarkersThatPointNowhere() {
        Answer answer = new Answer("Leave is 13 days [1]. Badges are blue [9].", List.of(citation(1)),
                Outcome.ANSWERED, 0, 0);

        Answer checked = CitationCheckStep.check(answer);

        assertThat(checked.text()).isEqualTo("Leave is 13 days [1]. Badges are blue.");
        assertThat(checked.citations()).extracting(Citation::documentId).containsExactly("d1");
    }

    @Test
    void keepsOnlyCitedPassagesRenumberedInOrderOfMention() {
        Answer answer = new Answer("First [3], then [1], again [3].", List.of(citation(1), citation(2), citation(3)),
                Outcome.ANSWERED, 0, 0);

        Answer checked = CitationCheckStep.check(answer);

        assertThat(checked.text()).isEqualTo("First [1], then [2], again [1].");
        assertThat(checked.citations()).extracting(Citation::documentId).containsExactly("d3", "d1");
        assertThat(checked.citations()).extracting(Citation::index).containsExactly(1, 2);
    }

    @Test
    void anAnswerWithoutMarkersCitesNothing() {
        Answer checked = CitationCheckStep.check(new Answer("I don't know.", List.of(citation(1)), Outcome.NO_ANSWER,
                0, 0));

        assertThat(checked.citations()).isEmpty();
    }
}
