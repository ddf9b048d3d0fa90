package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.crosslingual.PinyinReadings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class RomanizedNamesFilterTest {
    private static final String LINES = """
            葉 叶 [ye4] /leaf/
            喬 乔 [qiao2] /tall/
            波 波 [bo1] /wave/
            冠 冠 [guan4] /to crown/
            嘉興 嘉兴 [Jia1 xing1] /Jiaxing city/
            那麼 那么 [na4 me5] /like that/
            我們 我们 [wo3 men5] /we/
            明天 明天 [ming2 tian1] /tomorrow/
            運動員 运动员 [yun4 dong4 yuan2] /athlete/
            速度 速度 [su4 du4] /speed/
            滑冰 滑冰 [hua2 bing1] /to skate/
            """;
    private static final Analyzer PASSAGES = MixedLanguageAnalyzer.forPassages(RomanizedNamesFilterTest::sample);

    private static PinyinReadings sample() {
        try {
            return PinyinReadings.read(new BufferedReader(new StringReader(LINES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each term with the position it is read at, as "term@position". */
    private static List<String> positioned(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term + "@" + position);
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void aNameSplitIntoCharactersGetsThePinyinOfItsRunsStackedOnItsLastCharacter() throws IOException {
        assertThat(positioned(PASSAGES, "叶乔波")).containsExactly(
                "叶@0", "乔@1", "yeqiao@1", "波@2", "yeqiaobo@2", "qiaobo@2");
    }

    @Test
    void aProperNounGetsItsPinyinAndACommonWordAloneDoesNot() throws IOException {
        assertThat(AnalyzedTerms.of(PASSAGES, "嘉兴")).containsExactly("嘉兴", "jiax");
        assertThat(AnalyzedTerms.of(PASSAGES, "那么明天")).containsExactly("那么", "明天");
    }

    @Test
    void runsEndAtPunctuationAndAtAnythingNotChinese() throws IOException {
        assertThat(AnalyzedTerms.of(PASSAGES, "叶，乔")).containsExactly("叶", "乔");
        assertThat(AnalyzedTerms.of(PASSAGES, "叶 ABC 乔")).containsExactly("叶", "abc", "乔");
    }

    @Test
    void runsHoldAtMostThreeWordsAndFiveCharacters() throws IOException {
        assertThat(AnalyzedTerms.of(PASSAGES, "冠叶乔波")).doesNotContain("guanyeqiaobo").contains("yeqiaobo");
        assertThat(AnalyzedTerms.of(PASSAGES, "速度滑冰运动员叶")).doesNotContain("suduhuabingyundongyuanye")
                .contains("yundongyuany"); // Porter-stemmed, as the question's word is
    }

    @Test
    void questionsAreNotRomanized() {
        assertThat(AnalyzedTerms.of(new MixedLanguageAnalyzer(), "叶乔波")).containsExactly("叶", "乔", "波");
    }

    @Test
    void theFilterStartsAfreshForEachText() throws IOException {
        assertThat(AnalyzedTerms.of(PASSAGES, "叶")).containsExactly("叶");
        // 乔 starts where the last text's 叶 ended: only a reset keeps them apart
        assertThat(AnalyzedTerms.of(PASSAGES, "，乔")).containsExactly("乔");
    }
}
