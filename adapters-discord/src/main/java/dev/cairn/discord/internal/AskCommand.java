package dev.cairn.discord.internal;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The {@code /ask question:<text>} slash command, usable in servers and in direct messages with the bot; described in
 * English, and in Simplified Chinese to people whose Discord speaks it.
 */
final class AskCommand {
    static final String NAME = "ask";
    static final String QUESTION = "question";

    static SlashCommandData definition(Voice voice) {
        OptionData question = new OptionData(OptionType.STRING, QUESTION,
                voice.say(Language.ENGLISH, "discord.ask.question"), true)
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA,
                        voice.say(Language.CHINESE, "discord.ask.question"));
        return Commands.slash(NAME, voice.say(Language.ENGLISH, "discord.ask.description"))
                .setDescriptionLocalization(DiscordLocale.CHINESE_CHINA,
                        voice.say(Language.CHINESE, "discord.ask.description"))
                .addOptions(question)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    private AskCommand() {
    }
}
