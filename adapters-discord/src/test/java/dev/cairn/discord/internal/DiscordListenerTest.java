package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordListenerTest {

    @Test
    void theQuestionIsTheTextWithoutTheBotsMention() {
        assertThat(InboundTranslator.withoutMention("<@42> how do I  request leave? <@!42>", 42))
                .isEqualTo("how do I request leave?");
        assertThat(InboundTranslator.withoutMention("<@421> hi", 42)).isEqualTo("<@421> hi");
    }
}
