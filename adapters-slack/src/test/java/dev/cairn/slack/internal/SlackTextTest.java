package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapesTheThreeReservedCharacters() {
        assertThat(SlackText.escape("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(SlackText.mrkdwn("use **bold** & <tags>")).isEqualTo("use *bold* &amp; &lt;tags&gt;");
    }

    @Test
    void readsSlackMarkupBackAsWhatThePersonTyped() {
        assertThat(SlackText.toPlain("ask <@U1|ann> in <#C9|general> about <https://x.example/a|the doc> &amp; "
                + "&lt;this&gt; <!here> <https://y.example>"))
                .isEqualTo("ask @ann in #general about the doc & <this> @here https://y.example");
    }

    @Test
    void dropsOnlyTheBotsMention() {
        assertThat(SlackText.withoutMention("<@UBOT> what did <@UANN> say?", "UBOT")).isEqualTo("what did @UANN say?");
        assertThat(SlackText.withoutMention("hey <@UBOT|cairn>, help", "UBOT")).isEqualTo("hey , help");
        assertThat(SlackText.withoutMention("<@UOTHER> reset", null)).isEqualTo("reset");
    }

    @Test
    void shortensAtAWordWithAnEllipsis() {
        assertThat(SlackText.shorten("one two three four", 12)).isEqualTo("one two…");
        assertThat(SlackText.shorten("  short\n text ", 20)).isEqualTo("short text");
    }

    @Test
    void splitsLongTextBetweenSentencesOnly() {
        String text = IntStream.range(0, 400).mapToObj(i -> "Sentence number " + i + " ends here.")
                .collect(Collectors.joining(" "));

        List<String> pieces = SlackText.split(text, 3000);

        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(3000);
            assertThat(p).startsWith("Sentence number ").endsWith(" ends here.");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void keepsACodeBlockWholeAndMovesItToTheNextPieceWhenItDoesNotFit() {
        String prose = "A sentence. ".repeat(200).strip();
        String code = "```\n" + "for (int i = 0; i < n; i++) {\n    total += i;\n}\n".repeat(20) + "```";
        String text = prose + "\n" + code + "\nAfter the code.";

        List<String> pieces = SlackText.split(text, 3000);

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000));
        assertThat(pieces).filteredOn(p -> p.contains("```")).singleElement()
                .satisfies(p -> assertThat(p).startsWith(code));
        assertThat(pieces.get(pieces.size() - 1)).endsWith("After the code.");
    }

    @Test
    void splitsChineseAtItsFullStops() {
        String text = "年假每年十五天，入职满一年后开始计算。".repeat(300);

        List<String> pieces = SlackText.split(text, 3000);

        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(3000).endsWith("。"));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void cutsACodeBlockLongerThanALimitBetweenLinesAndReopensIt() {
        String code = "```\n" + IntStream.range(0, 300).mapToObj(i -> "line " + i + " of the log")
                .collect(Collectors.joining("\n")) + "\n```";

        List<String> pieces = SlackText.split(code, 1000);

        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(1000);
            assertThat(p).startsWith("```\nline ").endsWith(" of the log\n```");
        });
    }

    @Test
    void cutsAnEndlessSentenceAtASpaceButNeverInsideAnEntity() {
        String word = "a&amp;b ";
        String text = word.repeat(1000).strip();

        List<String> pieces = SlackText.split(text, 3000);

        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(3000);
            assertThat(p).startsWith("a&amp;b").endsWith("a&amp;b");
        });
        List<String> hardCuts = SlackText.split("x&amp;".repeat(100), 50);
        assertThat(hardCuts).hasSizeGreaterThan(10).allSatisfy(p ->
                assertThat(p.replace("&amp;", "")).matches("x*"));
        assertThat(String.join("", hardCuts)).isEqualTo("x&amp;".repeat(100));
    }
}
