package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinedWordsTest {
    private static final MixedLanguageAnalyzer ANALYZER = new MixedLanguageAnalyzer();

    private static Map<String, Set<String>> joined(String text) {
        return JoinedWords.addTo(Map.of(), ANALYZER, Fields.TEXT, text);
    }

    @Test
    void eachOfTwoOrThreeAdjacentWordsGetsTheirJoinedTermAsAnotherForm() {
        Map<String, Set<String>> forms = joined("ye qiao bo, sport");

        assertThat(forms.get("ye")).containsExactlyInAnyOrder("yeqiao", "yeqiaobo");
        assertThat(forms.get("qiao")).containsExactlyInAnyOrder("yeqiao", "yeqiaobo", "qiaobo");
        assertThat(forms.get("bo")).containsExactlyInAnyOrder("yeqiaobo", "qiaobo");
        assertThat(forms).doesNotContainKey("sport");
    }

    @Test
    void wordsJoinAcrossOneSpaceOrHyphenAndNothingElse() {
        assertThat(joined("my time sheet").get("time")).contains("timesheet");
        assertThat(joined("the e-mail").get("mail")).contains("email");
        assertThat(joined("time, sheet")).isEmpty();
        assertThat(joined("time  sheet")).isEmpty();
    }

    @Test
    void aStopWordGetsNoFormButItsNeighbourDoes() {
        Map<String, Set<String>> forms = joined("log in");

        assertThat(forms).containsOnlyKeys("log");
        assertThat(forms.get("log")).containsExactly("login");
    }

    @Test
    void theFormsGivenAreKept() {
        Map<String, Set<String>> forms = JoinedWords.addTo(Map.of("time", Set.of("时间")), ANALYZER, Fields.TEXT,
                "time sheet");

        assertThat(forms.get("time")).containsExactly("时间", "timesheet");
    }
}
