package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

class DiscordListenerTest {

    @Test
    void theQuestionIsTheTextWithoutTheBotsMention() {
        assertThat(InboundTranslator.withoutMention("<@42> how do I  request leave? <@!42>", 42))
                .isEqualTo("how do I request leave?");
        assertThat(InboundTranslator.withoutMention("<@421> hi", 42)).isEqualTo("<@421> hi");
    }

    @Test
    void anInteractionsDiscordLocaleBecomesTheUsersJavaLocale() {
        assertThat(InboundTranslator.locale(DiscordLocale.CHINESE_CHINA)).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(InboundTranslator.locale(DiscordLocale.CHINESE_CHINA).flatMap(Language::of))
                .contains(Language.CHINESE);
        assertThat(InboundTranslator.locale(DiscordLocale.ENGLISH_US).flatMap(Language::of))
                .contains(Language.ENGLISH);
        assertThat(InboundTranslator.locale(DiscordLocale.UNKNOWN)).isEmpty();
    }
}
