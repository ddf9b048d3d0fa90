package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a store whose engine suggests corrections asks it about, and which suggestion it takes. */
class SpellingRulesTest {
    @Test
    void onlyLongLatinTermsThatAreNotNamesAreAskedAbout() {
        assertThat(SpellingRules.candidates(List.of("travel", "aprov", "leav", "年假", "denvr", "fy27", "aprov"),
                Set.of("denvr"))).containsExactly("travel", "aprov");
    }

    @Test
    void theFirstOfTheBestThreeSuggestionsThatTwoPassagesHoldIsTaken() {
        assertThat(SpellingRules.choose(List.of(new SpellingRules.Suggestion("approx", 1),
                new SpellingRules.Suggestion("approv", 2), new SpellingRules.Suggestion("aprof", 9))))
                .contains("approv");
        assertThat(SpellingRules.choose(List.of(new SpellingRules.Suggestion("a", 1), new SpellingRules.Suggestion(
                "b", 1), new SpellingRules.Suggestion("c", 1), new SpellingRules.Suggestion("d", 5)))).isEmpty();
    }
}
