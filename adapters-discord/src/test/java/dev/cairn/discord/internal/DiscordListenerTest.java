package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.Vote;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import org.junit.jupiter.api.Test;

class DiscordListenerTest {

    @Test
    void thumbsInAnySkinToneAreVotesAndOtherEmojiAreNot() {
        assertThat(DiscordListener.vote(Emoji.fromUnicode("👍"))).contains(Vote.UP);
        assertThat(DiscordListener.vote(Emoji.fromUnicode("👍🏿"))).contains(Vote.UP);
        assertThat(DiscordListener.vote(Emoji.fromUnicode("👎"))).contains(Vote.DOWN);
        assertThat(DiscordListener.vote(Emoji.fromUnicode("🎉"))).isEmpty();
        assertThat(DiscordListener.vote(Emoji.fromCustom("thumbsup", 42, false))).isEmpty();
    }

    @Test
    void theQuestionIsTheTextWithoutTheBotsMention() {
        assertThat(InboundTranslator.withoutMention("<@42> how do I  request leave? <@!42>", 42))
                .isEqualTo("how do I request leave?");
        assertThat(InboundTranslator.withoutMention("<@421> hi", 42)).isEqualTo("<@421> hi");
    }
}
