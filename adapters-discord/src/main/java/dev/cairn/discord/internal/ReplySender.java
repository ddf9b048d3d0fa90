package dev.cairn.discord.internal;

import dev.cairn.core.BotReply;
import dev.cairn.core.Outcome;
import dev.cairn.core.Usage;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.discord.internal.ReplyRenderer.Labels;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies to Discord: as a reply to the question (or in a new thread started from it), or by editing a
 * deferred {@code /ask} response, never allowing any mention. Where the bot may not do that, it does what it may:
 * sources as text without Embed Links, no quote of the question without Read Message History, a direct message to
 * the asker without Send Messages. The last message of an answer carries the 👍 / 👎 {@link VoteButtons}. Blocks on
 * REST calls: call it off JDA's threads.
 */
final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    private static final int THREAD_NAME_CHARS = 90;
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final ChannelPermissions permissions;
    private final Voice voice;

    public ReplySender(ChannelPermissions permissions, Voice voice) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.voice = Objects.requireNonNull(voice, "voice");
    }

    /**
     * Answers {@code question} where it was asked, in a new thread when {@code inThread} and allowed; the headings
     * and a thread's name when the question has no words are in {@code language}.
     */
    public void answer(Message question, BotReply reply, boolean inThread, Language language) {
        MessageChannel target = question.getChannel();
        boolean quote = true;
        if (inThread) {
            MessageChannel thread = startThread(question, language);
            quote = thread == target;
            target = thread;
        }
        deliver(question, target, quote, reply, Labels.in(voice, language));
    }

    /** Replies to {@code question} with plain text, already in the asker's language: an ingestion report, a notice. */
    public void notice(Message question, String text) {
        deliver(question, question.getChannel(), true, plain(text), Labels.in(voice, voice.fallback()));
    }

    /** Puts the answer into a deferred {@code /ask} response, continuing in follow-up messages when long. */
    public void answer(InteractionHook hook, BotReply reply, Language language) {
        List<RenderedPart> parts = renderer.render(reply, true, Labels.in(voice, language));
        Optional<ActionRow> votes = votes(reply);
        hook.editOriginal(edit(parts.get(0), parts.size() == 1 ? votes : Optional.empty())).complete();
        for (int i = 1; i < parts.size(); i++) {
            hook.sendMessage(create(parts.get(i), i == parts.size() - 1 ? votes : Optional.empty())).complete();
        }
    }

    /** Puts plain text, already in the asker's language, into a deferred {@code /ask} response. */
    public void notice(InteractionHook hook, String text) {
        answer(hook, plain(text), voice.fallback());
    }

    private List<Message> deliver(Message question, MessageChannel target, boolean quote, BotReply reply,
                                  Labels labels) {
        boolean isThread = target.getType().isThread();
        Permission send = isThread ? Permission.MESSAGE_SEND_IN_THREADS : Permission.MESSAGE_SEND;
        if (!permissions.has(target, send, "sending replies there as direct messages to the asker instead")) {
            return direct(question.getAuthor(), reply, labels);
        }
        boolean embeds = permissions.has(target, Permission.MESSAGE_EMBED_LINKS, "listing sources as text instead");
        quote = quote && permissions.has(target, Permission.MESSAGE_HISTORY,
                "sending answers without quoting the question");
        List<Message> sent = new ArrayList<>();
        List<RenderedPart> parts = renderer.render(reply, embeds, labels);
        try {
            for (RenderedPart part : parts) {
                boolean last = sent.size() == parts.size() - 1;
                MessageCreateAction action = target.sendMessage(create(part, last ? votes(reply) : Optional.empty()));
                if (quote && sent.isEmpty() && target.getIdLong() == question.getChannelIdLong()) {
                    action = action.setMessageReference(question).failOnInvalidReply(false);
                }
                sent.add(action.complete());
            }
        } catch (ErrorResponseException | InsufficientPermissionException e) {
            permissions.refused(target, "send a message", e.getMessage());
            if (sent.isEmpty()) {
                return direct(question.getAuthor(), reply, labels);
            }
        }
        return sent;
    }

    private List<Message> direct(User user, BotReply reply, Labels labels) {
        List<Message> sent = new ArrayList<>();
        try {
            MessageChannel dm = user.openPrivateChannel().complete();
            List<RenderedPart> parts = renderer.render(reply, true, labels);
            for (RenderedPart part : parts) {
                boolean last = sent.size() == parts.size() - 1;
                sent.add(dm.sendMessage(create(part, last ? votes(reply) : Optional.empty())).complete());
            }
        } catch (ErrorResponseException e) {
            LOG.warn("Could not send a direct message to user {} either: {}", user.getId(), e.getMessage());
        }
        return sent;
    }

    /** A new public thread from the question, or the question's own channel when that is not possible. */
    private MessageChannel startThread(Message question, Language language) {
        MessageChannel channel = question.getChannel();
        if (channel.getType() != ChannelType.TEXT && channel.getType() != ChannelType.NEWS) {
            return channel;
        }
        String fallback = "replying in the channel instead of a thread";
        if (!permissions.has(channel, Permission.CREATE_PUBLIC_THREADS, fallback)
                || !permissions.has(channel, Permission.MESSAGE_SEND_IN_THREADS, fallback)) {
            return channel;
        }
        try {
            return question.createThreadChannel(threadName(question, language)).complete();
        } catch (ErrorResponseException | InsufficientPermissionException e) {
            permissions.refused(channel, "start a thread", e.getMessage());
            return channel;
        }
    }

    private String threadName(Message question, Language language) {
        String text = question.getContentRaw().replaceAll("<(@[!&]?|#)\\d+>", " ").replaceAll("\\s+", " ").strip();
        String name = text.isBlank() ? voice.say(language, "discord.thread.question") : text;
        return ReplyRenderer.shorten(name, THREAD_NAME_CHARS);
    }

    /** The vote buttons for a reply one may vote on: an answer, or the admission that there is none. */
    private static Optional<ActionRow> votes(BotReply reply) {
        boolean votable = reply.outcome() == Outcome.ANSWERED || reply.outcome() == Outcome.NO_ANSWER;
        return votable ? VoteButtons.row(reply.id()) : Optional.empty();
    }

    private static BotReply plain(String text) {
        return new BotReply("notice", text, List.of(), Outcome.COMMAND, "", Usage.none());
    }

    static MessageCreateData create(RenderedPart part, Optional<ActionRow> buttons) {
        return new MessageCreateBuilder().setContent(part.content()).setEmbeds(part.embeds())
                .setComponents(buttons.stream().toList())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRepliedUser(false).build();
    }

    static MessageEditData edit(RenderedPart part, Optional<ActionRow> buttons) {
        return new MessageEditBuilder().setContent(part.content()).setEmbeds(part.embeds())
                .setComponents(buttons.stream().toList())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).mentionRepliedUser(false).build();
    }
}
