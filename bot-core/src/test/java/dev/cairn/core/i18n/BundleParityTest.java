package dev.cairn.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, parses, and says something in the language of its bundle. */
class BundleParityTest {
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static Map<String, String> bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(BundleParityTest.class.getResourceAsStream(file), file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    private static Map<String, String> english() throws IOException {
        return bundle("messages.properties");
    }

    private static Map<String, String> chinese() throws IOException {
        return bundle("messages_zh_CN.properties");
    }

    @Test
    void everyKeyHasATextInBothLanguages() throws IOException {
        Set<String> onlyEnglish = new TreeSet<>(english().keySet());
        onlyEnglish.removeAll(chinese().keySet());
        Set<String> onlyChinese = new TreeSet<>(chinese().keySet());
        onlyChinese.removeAll(english().keySet());

        assertThat(onlyEnglish).as("keys without a Chinese text").isEmpty();
        assertThat(onlyChinese).as("keys without an English text").isEmpty();
        assertThat(english()).hasSizeGreaterThan(50);
    }

    @Test
    void everyTextIsAPatternThatKeepsItsApostrophes() throws IOException {
        for (Map.Entry<String, String> text : english().entrySet()) {
            new MessageFormat(text.getValue(), Locale.ENGLISH);
            assertThat(LONE_APOSTROPHE.matcher(text.getValue()).find())
                    .as("%s: write an apostrophe as '' or it is swallowed", text.getKey()).isFalse();
        }
        for (Map.Entry<String, String> text : chinese().entrySet()) {
            new MessageFormat(text.getValue(), Locale.SIMPLIFIED_CHINESE);
            assertThat(LONE_APOSTROPHE.matcher(text.getValue()).find()).as(text.getKey()).isFalse();
        }
    }

    @Test
    void everyChineseTextWithWordsIsWrittenInChinese() throws IOException {
        for (Map.Entry<String, String> text : chinese().entrySet()) {
            String words = text.getValue().replaceAll("\\{[^}]*}", "").replaceAll("[^\\p{L}]", "");
            if (words.length() >= 2) {
                assertThat(HAN.matcher(text.getValue()).find()).as("%s is not translated: %s", text.getKey(),
                        text.getValue()).isTrue();
            }
        }
    }

    @Test
    void aChineseTextTakesTheSameValuesAsItsEnglishOne() throws IOException {
        Map<String, String> chinese = chinese();
        for (Map.Entry<String, String> text : english().entrySet()) {
            int englishValues = new MessageFormat(text.getValue(), Locale.ENGLISH).getFormatsByArgumentIndex().length;
            int chineseValues = new MessageFormat(chinese.get(text.getKey()), Locale.SIMPLIFIED_CHINESE)
                    .getFormatsByArgumentIndex().length;
            assertThat(chineseValues).as("values of %s", text.getKey()).isEqualTo(englishValues);
        }
    }
}
