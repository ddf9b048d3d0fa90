package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Slack adapter's own words: every bundle key its code names exists in English and in Chinese. */
class SlackTextsTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/cairn/slack");
    private static final Pattern KEY = Pattern.compile("\"(slack\\.[a-z_.]+[a-z_])\"");

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheAdapterSaysHasAnEnglishAndAChineseText() throws IOException {
        Set<String> keys = keysUsed();

        assertThat(keys).as("keys found in the adapter's code").hasSizeGreaterThan(20)
                .contains("slack.vote.thanks_up", "slack.approval.refused", "slack.file.fetch_failed");
        for (String key : keys) {
            String english = Messages.bundled().text(Language.ENGLISH, key, "X", "Y");
            String chinese = Messages.bundled().text(Language.CHINESE, key, "X", "Y");
            assertThat(chinese).as(key).isNotEqualTo(english).isNotBlank();
        }
    }

    @Test
    void theChineseTextsKeepTheSlackMarkupOfTheEnglishOnes() throws IOException {
        for (String key : keysUsed()) {
            String english = Messages.bundled().text(Language.ENGLISH, key, "X", "Y");
            String chinese = Messages.bundled().text(Language.CHINESE, key, "X", "Y");
            for (String markup : List.of("`", ":+1:", ":-1:", "<@", "files:read", "👍", "👎")) {
                assertThat(chinese.contains(markup)).as(key + " keeps " + markup).isEqualTo(english.contains(markup));
            }
        }
    }
}
