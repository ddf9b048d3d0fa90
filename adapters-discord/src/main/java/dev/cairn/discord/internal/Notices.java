package dev.cairn.discord.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the bot says when it cannot do what was asked; each tells the user what to do instead. */
final class Notices {
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
    static final String BUSY = "I'm answering a lot of questions right now and could not take yours. "
            + "Please ask again in a minute.";
    static final String FAILED = "Something went wrong on my side while answering, and I could not answer. "
            + "Nothing was changed; please try again in a moment.";
    static final String DM_NO_SERVER = "I can only answer direct messages from people who share exactly one server "
            + "with me, so that I know whose documents to use. Ask me in a channel of your server instead: mention me "
            + "or use /ask.";
    static final String RESTARTING_FILES = "Cairn is restarting and did not finish indexing this; please share it "
            + "again in a minute.";
    static final String VOTE_FAILED = "I could not record your vote on this answer (the feedback log is unavailable). "
            + "Please try again later.";

    static String filesNotIndexed(Collection<String> knowledgeChannels) {
        if (knowledgeChannels.isEmpty()) {
            return "I don't index files shared here, and no knowledge channel is configured. "
                    + "Ask an admin to set cairn.discord.knowledge-channels.";
        }
        return "I only index files shared in a knowledge channel: " + knowledgeChannels.stream().sorted()
                .map(id -> "<#" + id + ">").collect(Collectors.joining(", ")) + ". Share the file there.";
    }

    static String ingestFailed(Collection<String> names) {
        return "I could not index " + String.join(", ", names) + " because of an error on my side; nothing was "
                + "indexed. Please share " + (names.size() == 1 ? "it" : "them") + " again later.";
    }

    private Notices() {
    }

    /** An ephemeral line only the clicking user sees; it can mention nobody. */
    static void tell(InteractionHook hook, String text) {
        hook.sendMessage(text).setEphemeral(true).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false).complete();
    }

    /** Sends a notice about a failure; when even that fails, logs it, since nobody else can be told. */
    static void quietly(Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the user about the failure: {}", e.getMessage());
        }
    }
}
