package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatAbbreviationsTest {
    private final MixedLanguageAnalyzer analyzer = new MixedLanguageAnalyzer();

    private Set<String> analysed(String word) {
        return Set.copyOf(AnalyzedTerms.of(analyzer, Fields.TEXT, word));
    }

    @Test
    void aChatAbbreviationGainsItsFullWordsAsOtherFormsBesideTheFormsItHad() {
        String auth = AnalyzedTerms.of(analyzer, Fields.TEXT, "auth").get(0);
        Map<String, Set<String>> forms = ChatAbbreviations.addTo(Map.of("trip", Set.of("出差")), analyzer, Fields.TEXT,
                "is my travel auth ok for the trip? docs pls, and the cpars evals, 2 hrs");

        assertThat(forms.get("trip")).containsExactly("出差");
        assertThat(forms.get(auth)).containsExactlyElementsOf(analysed("authorization"));
        assertThat(forms.get(AnalyzedTerms.of(analyzer, Fields.TEXT, "docs").get(0)))
                .containsAll(analysed("documentation")).containsAll(analysed("documents"));
        assertThat(forms.get(AnalyzedTerms.of(analyzer, Fields.TEXT, "evals").get(0)))
                .containsExactlyElementsOf(analysed("evaluations"));
        assertThat(forms.get(AnalyzedTerms.of(analyzer, Fields.TEXT, "hrs").get(0)))
                .containsExactlyElementsOf(analysed("hours"));
    }

    @Test
    void wordsThatAreAlsoCommonWordsOrNamesAndOrdinaryWordsGainNothing() {
        Map<String, Set<String>> forms = ChatAbbreviations.addTo(Map.of(), analyzer, Fields.TEXT,
                "ask HR about the min number of hours for travel");

        assertThat(forms).isEmpty();
    }
}
