package dev.cairn.knowledge.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.junit.jupiter.api.Test;

/**
 * What Tika 3.3.1's own detectors make of the inputs of {@link TikaDocumentParserTextTest}, without a declared
 * charset: the cases where they get the text wrong are the ones {@link CharsetSniffer} still handles by hand.
 */
class TikaCharsetDetectorsTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE_PAGE = "<html><head><title>Handbook</title><style>body{font-family:Arial}"
            + "</style><script>var x=1;</script></head><body><div class=\"nav\"><a href=\"/\">Home</a> | "
            + "<a href=\"/about\">About</a></div><h1>请假</h1><p>病假需要证明。</p></body></html>";
    private static final String LONG_CHINESE = "员工手册：正式员工每年享有十五天带薪年假，入职满一年后开始计算。病假需要提供医院证明。";
    private static final String SHORT_CHINESE = "Note: 病假需要证明。";
    private static final String CHINESE_CSV = "姓名;部门\n张伟;运维\n";
    private static final String FRENCH = "Renée a réservé la salle près de l'église pour la fête.";

    private static String decoded(EncodingDetector detector, byte[] bytes) throws Exception {
        Charset charset = Optional.ofNullable(detector.detect(new ByteArrayInputStream(bytes), new Metadata()))
                .orElse(StandardCharsets.ISO_8859_1);
        return new String(bytes, charset);
    }

    private static String sniffed(byte[] bytes) {
        return new CharsetSniffer().decode(bytes);
    }

    @Test
    void icu4jReadsUtf8ChineseLatin1AndLongGbkChineseButNotShortGbkChinese() throws Exception {
        Icu4jEncodingDetector icu = new Icu4jEncodingDetector();

        assertThat(decoded(icu, CHINESE_PAGE.getBytes(StandardCharsets.UTF_8))).isEqualTo(CHINESE_PAGE);
        assertThat(decoded(icu, LONG_CHINESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(LONG_CHINESE);
        assertThat(decoded(icu, FRENCH.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FRENCH);
        assertThat(decoded(icu, LONG_CHINESE.getBytes(GBK))).isEqualTo(LONG_CHINESE);
        // the cases CharsetSniffer keeps its GB18030 check for
        assertThat(decoded(icu, CHINESE_PAGE.getBytes(GBK))).isNotEqualTo(CHINESE_PAGE);
        assertThat(decoded(icu, SHORT_CHINESE.getBytes(GBK))).isNotEqualTo(SHORT_CHINESE);
        assertThat(decoded(icu, CHINESE_CSV.getBytes(GBK))).isNotEqualTo(CHINESE_CSV);
    }

    @Test
    void universalDetectorReadsTheGbkCsvIcu4jMissesButMissesShortGbkChineseToo() throws Exception {
        UniversalEncodingDetector universal = new UniversalEncodingDetector();

        assertThat(decoded(universal, CHINESE_CSV.getBytes(GBK))).isEqualTo(CHINESE_CSV);

        assertThat(decoded(universal, CHINESE_PAGE.getBytes(GBK))).isNotEqualTo(CHINESE_PAGE);
        assertThat(decoded(universal, SHORT_CHINESE.getBytes(GBK))).isNotEqualTo(SHORT_CHINESE);
    }

    @Test
    void icu4jDoesNotReadDamagedUtf8AsUtf8() throws Exception {
        byte[] good = "Zoë’s café serves crème brûlée and 年假 for €4".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = Arrays.copyOf(good, good.length + 3);
        damaged[good.length] = (byte) 0xFF;
        damaged[good.length + 1] = '!';
        damaged[good.length + 2] = (byte) 0x80;

        assertThat(decoded(new Icu4jEncodingDetector(), damaged)).doesNotStartWith("Zoë’s café");
        assertThat(sniffed(damaged)).startsWith("Zoë’s café serves crème brûlée and 年假 for €4");
    }

    @Test
    void theSnifferReadsEveryCaseTheLibraryDetectorsMiss() {
        assertThat(sniffed(CHINESE_PAGE.getBytes(GBK))).isEqualTo(CHINESE_PAGE);
        assertThat(sniffed(SHORT_CHINESE.getBytes(GBK))).isEqualTo(SHORT_CHINESE);
        assertThat(sniffed(LONG_CHINESE.getBytes(GBK))).isEqualTo(LONG_CHINESE);
        assertThat(sniffed(CHINESE_CSV.getBytes(GBK))).isEqualTo(CHINESE_CSV);
        assertThat(sniffed(FRENCH.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FRENCH);
    }
}
