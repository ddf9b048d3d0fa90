package dev.cairn.discord.internal;

import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The {@code /ask question:<text>} slash command, usable in servers and in direct messages with the bot. */
final class AskCommand {
    static final String NAME = "ask";
    static final String QUESTION = "question";

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Ask about the team's documents; I answer citing the passages I used.")
                .addOption(OptionType.STRING, QUESTION, "Your question (or help, or reset)", true)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    private AskCommand() {
    }
}
