package dev.cairn.knowledge.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BilingualDictionaryTest {
    static final String LINES = """
            # CC-CEDICT sample
            假期 假期 [jia4 qi1] /vacation/
            年假 年假 [nian2 jia4] /annual leave/New Year holidays/
            出差 出差 [chu1 chai1] /to go on an official or business trip/
            報銷 报销 [bao4 xiao1] /to submit an expense account/to apply for reimbursement/to write off/
            東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/
            休假 休假 [xiu1 jia4] /to take a vacation/to go on holiday/
            個 个 [ge4] /CL:個|个[ge4]/variant of 箇|个[ge4]/individual/
            貓 猫 [mao1] /cat/
            岷江 岷江 [Min2 jiang1] /Min River in Sichuan/
            河 河 [he2] /river/
            工程師 工程师 [gong1 cheng2 shi1] /engineer/
            陸軍工程兵團 陆军工程兵团 [Lu4 jun1 Gong1 cheng2 bing1 tuan2] /Army Corps of Engineers/
            broken line without brackets
            """;

    static BilingualDictionary sample() throws IOException {
        return BilingualDictionary.read(new BufferedReader(new StringReader(LINES)));
    }

    @Test
    void aChineseWordGivesTheContentWordsOfItsFirstSenses() throws IOException {
        BilingualDictionary dictionary = sample();

        assertThat(dictionary.english("年假")).containsExactly("annual", "leave", "new", "year");
        assertThat(dictionary.english("出差")).containsExactly("go", "official", "business", "trip");
        assertThat(dictionary.english("个")).containsExactly("individual");
        assertThat(dictionary.english("未知")).isEmpty();
    }

    @Test
    void anEnglishWordGivesTheChineseWordsWhoseSenseIsExactlyThatWord() throws IOException {
        BilingualDictionary dictionary = sample();

        assertThat(dictionary.chinese("vacation")).containsExactly("假期");
        assertThat(dictionary.chinese("Vacations")).containsExactly("假期");
        assertThat(dictionary.chinese("leave")).isEmpty();
    }

    @Test
    void namesComeFromProperNounsAndNeverFromCommonWords() throws IOException {
        BilingualDictionary dictionary = sample();

        assertThat(dictionary.isName("Tokyo")).isTrue();
        assertThat(dictionary.isName("东京")).isTrue();
        assertThat(dictionary.isName("japan")).isTrue();
        assertThat(dictionary.isName("vacation")).isFalse();
        assertThat(dictionary.isName("假期")).isFalse();
        assertThat(dictionary.isName("river")).as("also a common word").isFalse();
        assertThat(dictionary.isName("min")).isTrue();
        assertThat(dictionary.isName("corps")).isTrue();
    }

    @Test
    void anotherFormOfACommonWordIsNoName() throws IOException {
        BilingualDictionary dictionary = sample();

        assertThat(dictionary.isName("engineers")).as("a plural of the common 'engineer'").isFalse();
        assertThat(dictionary.isName("army")).isTrue();
        BilingualDictionary shipped = BilingualDictionary.shipped();
        assertThat(shipped.isName("engineers")).isFalse();
        assertThat(shipped.isName("used")).isFalse();
        assertThat(shipped.isName("technologies")).isFalse();
        assertThat(shipped.isName("chicago")).isTrue();
    }

    @Test
    void theShippedDictionaryIsCcCedictWithItsNotice() {
        BilingualDictionary shipped = BilingualDictionary.shipped();

        assertThat(shipped.english("年假")).contains("annual", "leave");
        assertThat(shipped.chinese("vacation")).isNotEmpty();
        assertThat(shipped.isName("tokyo")).isTrue();
        assertThat(BilingualDictionary.class.getResource("CC-CEDICT-NOTICE.md")).isNotNull();
    }
}
