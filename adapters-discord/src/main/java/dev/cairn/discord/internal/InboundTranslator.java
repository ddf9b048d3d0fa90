package dev.cairn.discord.internal;

import dev.cairn.core.Attachment;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Translates Discord messages and commands into the core's {@link InboundMessage}; the sender of an interaction
 * carries the locale Discord gives with it, a message's sender none (Discord sends none with messages).
 */
final class InboundTranslator {

    /** A question: the message text without the bot's mention, no files. */
    static InboundMessage question(Message message, String workspace, long selfId, MessageKind kind) {
        return new InboundMessage(Platform.DISCORD, workspace, channelOf(message.getChannel()),
                threadOf(message.getChannel()), user(message.getAuthor(), message.getMember()),
                withoutMention(message.getContentRaw(), selfId), List.of(), kind, "")
                .withChannelName(channelNameOf(message.getChannel()));
    }

    /** Files shared in a knowledge channel: each attachment is downloaded only when the core opens it. */
    static InboundMessage files(Message message, String workspace) {
        List<Attachment> attachments = message.getAttachments().stream()
                .map(a -> new Attachment(a.getFileName(), a.getContentType(), a.getSize(),
                        Optional.of(message.getJumpUrl()), message.getId(), new AttachmentDownload(a)))
                .toList();
        return new InboundMessage(Platform.DISCORD, workspace, channelOf(message.getChannel()),
                threadOf(message.getChannel()), user(message.getAuthor(), message.getMember()),
                message.getContentRaw(), attachments, MessageKind.FILE, "");
    }

    /** A {@code /ask} command from {@code user} (see {@link #user(Interaction)}). */
    static InboundMessage command(MessageChannel channel, User user, String workspace, String question) {
        return new InboundMessage(Platform.DISCORD, workspace, channel == null ? "" : channelOf(channel),
                channel == null ? "" : threadOf(channel), user, question, List.of(),
                MessageKind.COMMAND, "").withChannelName(channel == null ? "" : channelNameOf(channel));
    }

    static String withoutMention(String content, long selfId) {
        return content.replaceAll("<@!?" + selfId + ">", " ").replaceAll("\\s+", " ").strip();
    }

    static User user(net.dv8tion.jda.api.entities.User author, Member member) {
        return new User(author.getId(), member != null ? member.getEffectiveName() : author.getEffectiveName());
    }

    /** Who started an interaction (a command, a click), with the language their Discord is set to. */
    static User user(Interaction interaction) {
        User user = user(interaction.getUser(), interaction.getMember());
        return locale(interaction.getUserLocale()).map(user::withLocale).orElse(user);
    }

    /** Discord's locale as Java's; empty when Discord sent one JDA does not know. */
    static Optional<Locale> locale(DiscordLocale locale) {
        return locale == null || locale == DiscordLocale.UNKNOWN ? Optional.empty()
                : Optional.of(Locale.forLanguageTag(locale.getLocale()));
    }

    /** The channel a message belongs to: a thread counts as its parent channel. */
    static String channelOf(MessageChannel channel) {
        if (channel.getType().isThread()) {
            return ((ThreadChannel) channel).getParentChannel().getId();
        }
        return channel.getId();
    }

    /** The name of the channel a message belongs to, for prompt templates: a thread's is its parent's. */
    static String channelNameOf(MessageChannel channel) {
        if (channel.getType().isThread()) {
            return ((ThreadChannel) channel).getParentChannel().getName();
        }
        return channel.getName();
    }

    static String threadOf(MessageChannel channel) {
        return channel.getType().isThread() ? channel.getId() : "";
    }

    static boolean isPrivate(MessageChannel channel) {
        return channel.getType() == ChannelType.PRIVATE;
    }

    private InboundTranslator() {
    }

}
