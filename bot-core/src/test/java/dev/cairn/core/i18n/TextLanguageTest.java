package dev.cairn.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void aQuestionWrittenInChineseIsChinese() {
        assertThat(TextLanguage.of("年假可以结转多少小时？")).contains(Language.CHINESE);
    }

    @Test
    void aQuestionWrittenInEnglishIsEnglish() {
        assertThat(TextLanguage.of("How many hours of leave carry over?")).contains(Language.ENGLISH);
    }

    @Test
    void chineseWithAnEnglishProductNameIsChinese() {
        assertThat(TextLanguage.of("Kubernetes 集群怎么扩容")).contains(Language.CHINESE);
        assertThat(TextLanguage.of("VPN 连不上怎么办")).contains(Language.CHINESE);
    }

    @Test
    void englishWithAChineseWordIsEnglish() {
        assertThat(TextLanguage.of("How do I claim my 报销 for the trip to Osaka?")).contains(Language.ENGLISH);
    }

    @Test
    void aTextWithoutLettersOrEvenlySplitHasNoLanguage() {
        assertThat(TextLanguage.of("42 ? 👍")).isEmpty();
        assertThat(TextLanguage.of("")).isEmpty();
        assertThat(TextLanguage.of("abc 一")).isEmpty();
    }

    @Test
    void lettersOfOtherScriptsDoNotCount() {
        assertThat(TextLanguage.of("Привет, how are you")).contains(Language.ENGLISH);
        assertThat(TextLanguage.of("ありがとう 谢谢")).contains(Language.CHINESE);
    }
}
