package dev.cairn.discord.internal;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.i18n.Voice;
import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;

/** What the bot says when it cannot do what was asked; each tells the user what to do instead. */
final class Notices {
    static final Phrase DM_NO_SERVER = Phrase.of("discord.notice.dm_no_server");

    /** Where files are indexed, said in {@code language}: the knowledge channels as channel links. */
    static String filesNotIndexed(Collection<String> knowledgeChannels, Voice voice, Language language) {
        if (knowledgeChannels.isEmpty()) {
            return voice.say(language, "discord.notice.files_no_knowledge_channel");
        }
        return voice.say(language, "discord.notice.files_elsewhere", knowledgeChannels.stream().sorted()
                .map(id -> "<#" + id + ">").collect(Collectors.joining(voice.say(language, "list.separator"))));
    }

    private Notices() {
    }

    /** An ephemeral line only the clicking user sees; it can mention nobody. */
    static void tell(InteractionHook hook, String text) {
        hook.sendMessage(text).setEphemeral(true).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false).complete();
    }
}
