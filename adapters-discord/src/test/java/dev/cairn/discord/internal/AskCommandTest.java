package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Voice;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class AskCommandTest {

    @Test
    void askIsDescribedInEnglishAndToChineseDiscordInChinese() {
        SlashCommandData ask = AskCommand.definition(Voice.english());
        OptionData question = ask.getOptions().get(0);

        assertThat(ask.getDescription())
                .isEqualTo("Ask about the team's documents; I answer citing the passages I used.");
        assertThat(ask.getDescriptionLocalizations().toMap()).containsExactly(
                Map.entry(DiscordLocale.CHINESE_CHINA, "询问团队文档里的内容；我会引用所用的段落来回答。"));
        assertThat(question.getName()).isEqualTo(AskCommand.QUESTION);
        assertThat(question.getDescription()).isEqualTo("Your question (or help, or reset)");
        assertThat(question.getDescriptionLocalizations().toMap())
                .containsExactly(Map.entry(DiscordLocale.CHINESE_CHINA, "你的问题（或“帮助”“重置”）"));
    }
}
