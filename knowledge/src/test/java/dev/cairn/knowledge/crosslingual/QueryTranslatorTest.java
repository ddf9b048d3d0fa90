package dev.cairn.knowledge.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {
    @Test
    void chineseWordsBecomeAnalysedEnglishTermsAndEnglishWordsChineseOnes() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        QueryTranslator translator = new QueryTranslator(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        Map<String, Set<String>> fromChinese = translator.translate("年假");
        Map<String, Set<String>> fromEnglish = translator.translate("how many vacation days?");

        assertThat(fromChinese).containsEntry("年假", Set.of("annual", "leav", "new", "year"));
        assertThat(fromEnglish).containsOnlyKeys("vacat");
        assertThat(fromEnglish.get("vacat")).containsExactly("假期");
    }

    @Test
    void aChineseQuestionIsRenderedAsTheEnglishOfItsWords() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        QueryTranslator translator = new QueryTranslator(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        QueryTranslator.Rendering rendering = translator.render("出差可以报销吗").orElseThrow();

        assertThat(rendering.words()).contains("business trip").contains("expense account").doesNotContainPattern(
                "\\p{IsHan}");
        assertThat(rendering.text()).isEqualTo(rendering.words());
    }

    @Test
    void anEnglishQuestionKeepsItsWordsAndGainsChineseOnes() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        QueryTranslator translator = new QueryTranslator(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        QueryTranslator.Rendering rendering = translator.render("how many vacation days in Tokyo?").orElseThrow();

        assertThat(rendering.words()).isEqualTo("假期东京");
        assertThat(rendering.text()).isEqualTo("how many vacation days in Tokyo? 假期东京");
    }

    @Test
    void aPhraseAfterTheLastTranslatedWordIsRenderedToo() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        QueryTranslator translator = new QueryTranslator(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        assertThat(translator.render("vacation days and annual leave").orElseThrow().words()).isEqualTo("假期年假");
        assertThat(translator.render("annual leave").orElseThrow().words()).isEqualTo("年假");
    }

    @Test
    void aQuestionWithoutATranslatableWordHasNoRendering() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        QueryTranslator translator = new QueryTranslator(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        assertThat(translator.render("where do I park my bike?")).isEmpty();
        assertThat(translator.render("停车场在哪里")).isEmpty();
    }

    @Test
    void specificTermsAreNumbersNamesAcronymsAndLaterCapitalisedWords() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        SpecificTerms specific = new SpecificTerms(() -> dictionary, new MixedLanguageAnalyzer(), "text");

        assertThat(specific.of("whats the per diem in tokyo for 2 nights")).containsExactlyInAnyOrder("tokyo", "2");
        assertThat(specific.of("What is the TSP match at Acme")).containsExactlyInAnyOrder("tsp", "acm");
        assertThat(specific.of("去东京出差")).containsExactly("东京");
        assertThat(specific.of("how do i take a vacation")).isEmpty();
        assertThat(specific.of("meetings are 30 min by default")).as("a unit after a number, though Min is a river")
                .containsExactly("30");
        assertThat(specific.of("is min river long")).containsExactly("min");
        assertThat(specific.of("who played there in the 60s")).as("no lone 's'").containsExactly("60");
        assertThat(specific.of("our 30min standup and the 45-min retro at 5pm"))
                .containsExactlyInAnyOrder("30", "45", "5");
        assertThat(specific.of("when are FY27 plans due")).containsExactlyInAnyOrder("fy", "27");
    }
}
