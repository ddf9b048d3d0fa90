package dev.cairn.knowledge.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class QuestionGlossesTest {
    private static QuestionGlosses glosses(String text) throws IOException {
        return QuestionGlosses.of(BilingualDictionaryTest.sample(), new MixedLanguageAnalyzer(), "text", text);
    }

    @Test
    void englishWordsKeepTheirPlaceAmongTheKeptWordsAndStopWordsAreLeftOut() throws IOException {
        QuestionGlosses glosses = glosses("How many vacation days in Tokyo?");

        assertThat(glosses.english()).extracting(QuestionGlosses.Gloss::word).containsExactly("vacation", "tokyo");
        assertThat(glosses.english()).extracting(QuestionGlosses.Gloss::at).containsExactly(0, 2);
        assertThat(glosses.english().get(0).terms()).containsExactly("vacat");
        assertThat(glosses.chinese()).isEmpty();
    }

    @Test
    void aPluralOrInflectedWordIsLookedUpByItsStemToo() throws IOException {
        assertThat(glosses("two vacationing").english()).singleElement()
                .satisfies(g -> assertThat(g.translations()).containsExactly("假期"));
    }

    @Test
    void twoKeptWordsSideBySideMakeAPhraseAndAStopWordBetweenThemDoesNot() throws IOException {
        QuestionGlosses phrase = glosses("how much annual leave");
        QuestionGlosses apart = glosses("annual or leave");

        assertThat(phrase.phrases()).singleElement().satisfies(g -> {
            assertThat(g.word()).isEqualTo("annual leave");
            assertThat(g.translations()).containsExactly("年假");
            assertThat(g.terms()).containsExactly("annual", "leav");
            assertThat(g.at()).isZero();
        });
        assertThat(apart.phrases()).isEmpty();
    }

    @Test
    void chineseWordsAreSegmentedAndGlossedInEnglish() throws IOException {
        QuestionGlosses glosses = glosses("年假有几天");

        assertThat(glosses.chinese()).extracting(QuestionGlosses.Gloss::word).contains("年假");
        assertThat(glosses.chinese().get(0).translations()).containsExactly("annual", "leave", "new", "year");
    }

    @Test
    void adjacentChineseWordsTheDictionaryKnowsAsOneAreGlossedAsOneAndFunctionWordsNotAtAll() {
        QuestionGlosses glosses = QuestionGlosses.of(BilingualDictionary.shipped(), new MixedLanguageAnalyzer(), "text",
                "那栋楼几点关门？锁屏密码有什么要求？");

        assertThat(glosses.chinese()).extracting(QuestionGlosses.Gloss::word)
                .contains("几点", "锁屏", "密码").doesNotContain("那", "有", "什么", "几", "点", "锁");
        assertThat(glosses.chinese()).filteredOn(g -> g.word().equals("锁屏")).singleElement().satisfies(g -> {
            assertThat(g.terms()).containsExactly("锁", "屏");
            assertThat(g.translations()).contains("lock", "screen");
        });
        assertThat(glosses.chinese()).filteredOn(g -> g.word().equals("栋")).singleElement()
                .satisfies(g -> assertThat(g.translations()).contains("buildings").doesNotContain("classifier"));
    }
}
