package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void splitsWithTheCoresSplitterKeepingEntitiesWhole() {
        List<String> hardCuts = SlackText.split("x&amp;".repeat(100), 50);

        assertThat(hardCuts).hasSizeGreaterThan(10).allSatisfy(p ->
                assertThat(p.replace("&amp;", "")).matches("x*"));
        assertThat(String.join("", hardCuts)).isEqualTo("x&amp;".repeat(100));
    }
}
