package dev.cairn.discord.internal;

import dev.cairn.core.BotReply;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.TextLanguage;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.discord.DiscordSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.CloseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord events for the core and acknowledges them on JDA's thread; the slow work (answering, indexing,
 * deleting) is handed to the pool by {@link Handoff}, which tells the asker when it is busy, fails or stops first.
 * Ignores bots, itself included. Every failure a user can cause is answered with a notice; failures are logged once
 * here and never stop the bot.
 */
public final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
    private final Voice voice;
    private final DiscordSettings settings;
    private final Dispatcher dispatcher;
    private final KnowledgeBase knowledge;
    private final ScopePolicy scopes;
    private final Handoff handoff;
    private final ReplySender sender;

    public DiscordListener(DiscordSettings settings, Dispatcher dispatcher, KnowledgeBase knowledge, ScopePolicy scopes,
                           Handoff handoff, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.sender = new ReplySender(new ChannelPermissions(), voice);
    }

    @Override
    public void onReady(ReadyEvent event) {
        LOG.info("Connected to Discord as {} in {} server(s)", event.getJDA().getSelfUser().getName(),
                event.getGuildTotalCount());
        event.getJDA().updateCommands().addCommands(AskCommand.definition(voice)).queue(
                commands -> LOG.info("Registered the /ask command"),
                e -> LOG.warn("Could not register the /ask command: {}", e.getMessage()));
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (code == CloseCode.DISALLOWED_INTENTS) {
            LOG.error("Discord refused the Message Content intent, so the bot is offline. Enable it in the developer "
                    + "portal (your application > Bot > Privileged Gateway Intents > Message Content Intent) and "
                    + "restart Cairn.");
        } else if (code == CloseCode.AUTHENTICATION_FAILED) {
            LOG.error("Discord rejected the bot token (cairn.discord.token), so the bot is offline.");
        } else if (code != null && code != CloseCode.GRACEFUL_CLOSE) {
            LOG.warn("Disconnected from Discord for good: {} ({})", code.getMeaning(), code.getCode());
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()
                || (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY)) {
            return;
        }
        MessageChannel channel = message.getChannel();
        if (InboundTranslator.isPrivate(channel)) {
            submit(message, () -> answerDirect(message));
            return;
        }
        if (!event.isFromGuild()) {
            return;
        }
        String guild = event.getGuild().getId();
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        if (isKnowledgeChannel(channel) && !message.getAttachments().isEmpty()) {
            submit(message, message.getAttachments().stream().map(Message.Attachment::getFileName)
                    .collect(Collectors.joining(voice.say(languageOf(message), "list.separator"))),
                    () -> ingest(message, guild));
        } else if (mentioned) {
            submit(message, () -> answer(message, guild, MessageKind.MENTION));
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(AskCommand.NAME)) {
            return;
        }
        event.deferReply().queue(null, e -> LOG.warn("Could not acknowledge /ask: {}", e.getMessage()));
        InteractionHook hook = event.getHook();
        String question = Optional.ofNullable(event.getOption(AskCommand.QUESTION)).map(OptionMapping::getAsString)
                .orElse("");
        Optional<String> guild = Optional.ofNullable(event.getGuild()).map(Guild::getId);
        User asker = InboundTranslator.user(event);
        Language language = languageOf(question, asker);
        Supplier<Runnable> work = () -> {
            Optional<String> workspace = guild.isPresent() ? guild
                    : scopes.directMessageWorkspace(SharedServers.of(event.getJDA(), event.getUser().getIdLong()));
            if (workspace.isEmpty()) {
                return () -> sender.notice(hook, voice.say(language, Notices.DM_NO_SERVER));
            }
            BotReply reply = dispatcher.handle(InboundTranslator.command(event.getChannel(), asker, workspace.get(),
                    question));
            return () -> sender.answer(hook, reply, language);
        };
        handoff.hand("/ask from user " + event.getUser().getId(), work,
                notice -> sender.notice(hook, voice.say(language, notice.phrase())));
    }

    @Override
    public void onMessageDelete(MessageDeleteEvent event) {
        if (event.isFromGuild()) {
            forget(event.getGuild().getId(), List.of(event.getMessageId()));
        }
    }

    @Override
    public void onMessageBulkDelete(MessageBulkDeleteEvent event) {
        forget(event.getGuild().getId(), event.getMessageIds());
    }

    /** Makes the answer to {@code message}; returns its sending. */
    private Runnable answer(Message message, String workspace, MessageKind kind) {
        InboundMessage inbound = InboundTranslator.question(message, workspace, message.getJDA().getSelfUser()
                .getIdLong(), kind);
        Language language = voice.of(inbound);
        if (inbound.text().isBlank() && !message.getAttachments().isEmpty()) {
            return () -> sender.notice(message, Notices.filesNotIndexed(settings.knowledgeChannels(), voice, language));
        }
        BotReply reply = dispatcher.handle(inbound);
        return () -> sender.answer(message, reply, settings.replyInThread() && kind == MessageKind.MENTION, language);
    }

    private Runnable answerDirect(Message message) {
        Optional<String> workspace = scopes.directMessageWorkspace(SharedServers.of(message.getJDA(),
                message.getAuthor().getIdLong()));
        if (workspace.isEmpty()) {
            return () -> sender.notice(message, voice.say(languageOf(message), Notices.DM_NO_SERVER));
        }
        return answer(message, workspace.get(), MessageKind.DIRECT);
    }

    /** Indexes the files of {@code message}; returns the sending of the report. */
    private Runnable ingest(Message message, String guild) {
        BotReply reply = dispatcher.handle(InboundTranslator.files(message, guild));
        return () -> sender.notice(message, reply.text());
    }

    private void forget(String guild, List<String> messageIds) {
        String scope = scopes.home(Platform.DISCORD, guild);
        handoff.background("removing the documents of deleted messages in server " + guild, () -> {
            for (String id : messageIds) {
                try {
                    int removed = knowledge.deleteBySource(scope, id);
                    if (removed > 0) {
                        LOG.info("Removed {} document(s) shared in deleted message {} of server {}", removed, id, guild);
                    }
                } catch (RuntimeException e) {
                    LOG.error("Could not remove the documents of deleted message {} in server {}", id, guild, e);
                }
            }
        });
    }

    private boolean isKnowledgeChannel(MessageChannel channel) {
        return settings.knowledgeChannels().contains(InboundTranslator.channelOf(channel));
    }

    /** Hands {@code work} (which makes a reply and returns its sending) for {@code message} to the pool. */
    private void submit(Message message, Supplier<Runnable> work) {
        submit(message, "", work);
    }

    /** As {@link #submit(Message, Supplier)}, with {@code about} (the files, say) heading each notice. */
    private void submit(Message message, String about, Supplier<Runnable> work) {
        Language language = languageOf(message);
        handoff.hand("message " + message.getId() + " in channel " + message.getChannelId(), work,
                notice -> sender.notice(message, about.isEmpty() ? voice.say(language, notice.phrase())
                        : voice.say(language, "notice.about", about, notice.phrase())));
    }

    /**
     * The language of a reply to a message, before it is translated: its text's, else Cairn's (Discord gives no
     * locale with a message), as {@link Voice#of(InboundMessage)} will say.
     */
    private Language languageOf(Message message) {
        return languageOf(message.getContentRaw(), InboundTranslator.user(message.getAuthor(), message.getMember()));
    }

    /** The language of a reply to {@code text} from {@code user}: its own, else the user's, else Cairn's. */
    private Language languageOf(String text, User user) {
        return TextLanguage.of(text).orElseGet(() -> voice.of(user));
    }
}
