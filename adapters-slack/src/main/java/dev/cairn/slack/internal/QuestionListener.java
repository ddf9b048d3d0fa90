package dev.cairn.slack.internal;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.cairn.core.BotReply;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Questions: the slash command (answered in the channel, commands and errors shown only to the asker), mentions
 * (answered in a thread under the question; the thread is one conversation) and direct messages. Cairn's own words
 * around an answer are in the question's language ({@link Voice#of(InboundMessage)}): its script, else the asker's
 * Slack locale (looked up off Slack's thread; a busy reply to the slash command goes by the script alone).
 */
public final class QuestionListener {
    private final Dispatcher dispatcher;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final RecentKeys seen;
    private final Handoff work;
    private final String botUserId;
    private final ChannelNames channelNames = new ChannelNames();
    private final Voice voice;
    private final UserLocales locales;

    public QuestionListener(Dispatcher dispatcher, SlackReplies replies, BlockKitRenderer renderer, RecentKeys seen,
                            Handoff work, String botUserId, Voice voice, UserLocales locales) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.work = Objects.requireNonNull(work, "work");
        this.botUserId = botUserId == null ? "" : botUserId;
    }

    /** {@code /ask …}: acknowledged at once with no text; the answer follows in the channel. */
    public Response onCommand(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        String question = SlackText.toPlain(p.getText());
        InboundMessage message = new InboundMessage(Platform.SLACK, p.getTeamId(), p.getChannelId(), "",
                new User(p.getUserId(), p.getUserName()), question, List.of(), MessageKind.COMMAND, "")
                .withChannelName(p.getChannelName());
        ReplyTarget target = new ReplyTarget(p.getChannelId(), "", p.getUserId(), p.getResponseUrl());
        boolean queued = work.offer("answering " + p.getCommand(), () -> {
            InboundMessage asked = located(message);
            BotReply reply = dispatcher.handle(asked);
            if (reply.outcome() == Outcome.COMMAND) {
                return () -> replies.ephemeral(target, SlackText.mrkdwn(reply.text()));
            }
            return () -> replies.post(target, renderer.answer(reply,
                    Optional.of(new BlockKitRenderer.Asker(p.getUserId(), question)), voice.of(asked)));
        }, notice -> replies.ephemeral(target, voice.say(message, notice.phrase())));
        return queued ? ctx.ack() : ctx.ack(voice.say(message, Handoff.Notice.BUSY.phrase()));
    }

    /** {@code @Cairn …} in a channel: answered in the thread; the thread's root names the conversation. */
    public Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e.getUser() == null || e.getBotId() != null) {
            return ctx.ack();
        }
        String root = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        String team = Events.team(payload, e.getTeam(), ctx);
        InboundMessage message = new InboundMessage(Platform.SLACK, team, e.getChannel(), root,
                new User(e.getUser(), e.getUsername()), SlackText.withoutMention(e.getText(), botUserId), List.of(),
                MessageKind.MENTION, "thread:" + e.getChannel() + ":" + root);
        return answerInThread(team, e.getTs(), message, new ReplyTarget(e.getChannel(), root, e.getUser(), ""), ctx);
    }

    /** A direct message to the bot: answered in the DM (in its thread, when it was sent in one). */
    public Response onDirectMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e.getUser() == null || e.getBotId() != null || e.getText() == null) {
            return ctx.ack();
        }
        String team = Events.team(payload, e.getTeam(), ctx);
        InboundMessage message = new InboundMessage(Platform.SLACK, team, e.getChannel(), e.getThreadTs(),
                new User(e.getUser(), null), SlackText.withoutMention(e.getText(), botUserId), List.of(),
                MessageKind.DIRECT, "");
        return answerInThread(team, e.getTs(), message,
                new ReplyTarget(e.getChannel(), e.getThreadTs(), e.getUser(), ""), ctx);
    }

    /** Slack may deliver one message both as a mention and as a message event: the first one answers it. */
    private Response answerInThread(String team, String ts, InboundMessage message, ReplyTarget target,
                                    EventContext ctx) {
        String key = "message:" + team + ":" + message.channel() + ":" + ts;
        if (!seen.firstTime(key)) {
            return ctx.ack();
        }
        work.hand("answering a Slack " + message.kind().name().toLowerCase(Locale.ROOT) + " in "
                + message.workspace(), () -> {
                    InboundMessage asked = named(located(message), ctx);
                    BotReply reply = dispatcher.handle(asked);
                    Language language = voice.of(asked);
                    return () -> replies.post(target, reply.outcome() == Outcome.COMMAND
                            ? renderer.plain(reply.text(), language)
                            : renderer.answer(reply, Optional.empty(), language));
                }, notice -> replies.post(target, renderer.plain(voice.say(message, notice.phrase()),
                        voice.of(message))));
        return ctx.ack();
    }

    /** The message with its sender's Slack locale, when Slack gives one. */
    private InboundMessage located(InboundMessage m) {
        User user = locales.located(m.workspace(), m.user());
        return user == m.user() ? m : new InboundMessage(m.platform(), m.workspace(), m.channel(), m.thread(), user,
                m.text(), m.attachments(), m.kind(), m.conversation(), m.channelName(), m.inputs());
    }

    /** A channel message with its channel's name for prompt templates; a direct message keeps its id. */
    private InboundMessage named(InboundMessage message, EventContext ctx) {
        if (message.kind() != MessageKind.MENTION) {
            return message;
        }
        return message.withChannelName(channelNames.of(ctx.client(), message.workspace(), message.channel()));
    }
}
