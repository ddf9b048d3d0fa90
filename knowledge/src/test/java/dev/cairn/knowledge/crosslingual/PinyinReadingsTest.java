package dev.cairn.knowledge.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinReadingsTest {
    static final String LINES = """
            # CC-CEDICT sample
            叶 叶 [xie2] /to be in harmony/
            葉 叶 [Ye4] /surname Ye/
            葉 叶 [ye4] /leaf/
            喬 乔 [Qiao2] /surname Qiao/
            喬 乔 [qiao2] /tall/
            波 波 [bo1] /wave/
            呂 吕 [Lu:3] /surname Lü/
            嗯 嗯 [ng2] /interjection/
            嘉興 嘉兴 [Jia1 xing1] /Jiaxing prefecture-level city in Zhejiang/
            那麼 那么 [na4 me5] /like that/
            長 长 [chang2] /long/
            長 长 [zhang3] /chief/
            AA制 AA制 [A A zhi4] /to split the bill/
            卡拉OK 卡拉OK [ka3 la1 O K] /karaoke/
            broken line without brackets
            """;

    static PinyinReadings sample() throws IOException {
        return PinyinReadings.read(new BufferedReader(new StringReader(LINES)));
    }

    @Test
    void aWordReadsAsItsTonelessSyllablesJoinedInTheDictionarysOrder() throws IOException {
        PinyinReadings pinyin = sample();

        assertThat(pinyin.of("叶")).containsExactly("xie", "ye");
        assertThat(pinyin.of("嘉兴")).containsExactly("jiaxing");
        assertThat(pinyin.of("吕")).containsExactly("lu");
        assertThat(pinyin.of("长")).containsExactly("chang", "zhang");
    }

    @Test
    void aWordTheDictionaryLacksIsReadCharacterByCharacterByFirstReadings() throws IOException {
        PinyinReadings pinyin = sample();

        assertThat(pinyin.of("乔波")).containsExactly("qiaobo");
        assertThat(pinyin.of("叶乔波")).containsExactly("xieqiaobo");
        assertThat(pinyin.of("乔猫")).isEmpty();
        assertThat(pinyin.of("猫")).isEmpty();
    }

    @Test
    void entriesWithoutOneVoicedSyllablePerHanCharacterAreNotRead() throws IOException {
        PinyinReadings pinyin = sample();

        assertThat(pinyin.of("嗯")).isEmpty();
        assertThat(pinyin.of("AA制")).isEmpty();
        assertThat(pinyin.of("卡拉OK")).isEmpty();
    }

    @Test
    void onlyWordsWithACapitalisedReadingAreProperNouns() throws IOException {
        PinyinReadings pinyin = sample();

        assertThat(pinyin.isProperNoun("嘉兴")).isTrue();
        assertThat(pinyin.isProperNoun("那么")).isFalse();
        assertThat(pinyin.isProperNoun("叶")).isFalse();
    }

    @Test
    void aSequenceReadsAsEveryCombinationUpToTheLimit() throws IOException {
        PinyinReadings pinyin = sample();

        assertThat(pinyin.ofSequence(List.of("叶", "乔", "波"), 4)).containsExactly("xieqiaobo", "yeqiaobo");
        assertThat(pinyin.ofSequence(List.of("叶", "长"), 3)).containsExactly("xiechang", "xiezhang", "yechang");
        assertThat(pinyin.ofSequence(List.of("叶", "猫"), 4)).isEmpty();
    }

    @Test
    void theShippedDictionaryReadsCommonNames() {
        PinyinReadings pinyin = PinyinReadings.shipped();

        assertThat(pinyin.of("乔")).contains("qiao");
        assertThat(pinyin.of("叶")).contains("ye");
        assertThat(pinyin.isProperNoun("嘉兴")).isTrue();
        assertThat(pinyin.of("嘉兴")).containsExactly("jiaxing");
    }
}
