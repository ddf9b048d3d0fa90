package dev.cairn.discord.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;

/** What the bot says when it cannot do what was asked; each tells the user what to do instead. */
final class Notices {
    static final String DM_NO_SERVER = "I can only answer direct messages from people who share exactly one server "
            + "with me, so that I know whose documents to use. Ask me in a channel of your server instead: mention me "
            + "or use /ask.";

    static String filesNotIndexed(Collection<String> knowledgeChannels) {
        if (knowledgeChannels.isEmpty()) {
            return "I don't index files shared here, and no knowledge channel is configured. "
                    + "Ask an admin to set cairn.discord.knowledge-channels.";
        }
        return "I only index files shared in a knowledge channel: " + knowledgeChannels.stream().sorted()
                .map(id -> "<#" + id + ">").collect(Collectors.joining(", ")) + ". Share the file there.";
    }

    private Notices() {
    }

    /** An ephemeral line only the clicking user sees; it can mention nobody. */
    static void tell(InteractionHook hook, String text) {
        hook.sendMessage(text).setEphemeral(true).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false).complete();
    }
}
