package dev.cairn.knowledge.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryTermTranslatorTest {
    @Test
    void chineseWordsGiveTheirEnglishWordsAndEnglishWordsAndPhrasesTheirChineseOnes() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();
        DictionaryTermTranslator translator = new DictionaryTermTranslator(() -> dictionary);

        assertThat(translator.translate("年假有几天")).containsEntry("年假", List.of("annual", "leave", "new", "year"));
        // 猫 has an English sense, but a one-character word is often a function word, and its senses mislead
        assertThat(QuestionGlosses.of(dictionary, new MixedLanguageAnalyzer(), "text", "年假 猫").chinese())
                .extracting(QuestionGlosses.Gloss::word).contains("猫");
        assertThat(translator.translate("年假 猫")).containsKey("年假").doesNotContainKey("猫");
        Map<String, List<String>> english = translator.translate("How many vacations in Tokyo?");
        assertThat(english).containsOnlyKeys("vacations", "tokyo");
        assertThat(english.get("vacations")).containsExactly("假期");
        assertThat(english.get("tokyo")).containsExactly("东京");
    }

    @Test
    void stopWordsAndUnknownWordsHaveNoTranslation() throws IOException {
        BilingualDictionary dictionary = BilingualDictionaryTest.sample();

        assertThat(new DictionaryTermTranslator(() -> dictionary).translate("what is the answer")).isEmpty();
    }
}
