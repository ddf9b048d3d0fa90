package dev.cairn.discord.internal;

import dev.cairn.core.BotReply;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Job;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.discord.DiscordSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 * deleting) runs on the executor, as {@link Job}s that tell the asker to ask again when Cairn stops before answering.
 * Ignores bots, itself included. Every failure a user can cause is answered with a notice; failures are logged once
 * here and never stop the bot.
 */
public final class DiscordListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);
    private final DiscordSettings settings;
    private final Dispatcher dispatcher;
    private final KnowledgeBase knowledge;
    private final ScopePolicy scopes;
    private final Executor executor;
    private final ReplySender sender;

    public DiscordListener(DiscordSettings settings, Dispatcher dispatcher, KnowledgeBase knowledge, ScopePolicy scopes,
                           Executor executor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.sender = new ReplySender(new ChannelPermissions());
    }

    @Override
    public void onReady(ReadyEvent event) {
        LOG.info("Connected to Discord as {} in {} server(s)", event.getJDA().getSelfUser().getName(),
                event.getGuildTotalCount());
        event.getJDA().updateCommands().addCommands(AskCommand.definition()).queue(
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
            submit(message, () -> answerDirect(message), Job.RESTARTING);
            return;
        }
        if (!event.isFromGuild()) {
            return;
        }
        String guild = event.getGuild().getId();
        boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
        if (isKnowledgeChannel(channel) && !message.getAttachments().isEmpty()) {
            submit(message, () -> ingest(message, guild), Notices.RESTARTING_FILES);
        } else if (mentioned) {
            submit(message, () -> answer(message, guild, MessageKind.MENTION), Job.RESTARTING);
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
        Runnable work = () -> {
            try {
                Optional<String> workspace = guild.isPresent() ? guild
                        : DirectMessageWorkspace.of(event.getJDA(), event.getUser().getIdLong());
                if (workspace.isEmpty()) {
                    sender.notice(hook, Notices.DM_NO_SERVER);
                    return;
                }
                InboundMessage inbound = InboundTranslator.command(event.getChannel(), event.getUser(),
                        event.getMember(), workspace.get(), question);
                sender.answer(hook, dispatcher.handle(inbound));
            } catch (RuntimeException e) {
                LOG.error("Could not answer /ask from user {}", event.getUser().getId(), e);
                quietly(() -> sender.notice(hook, Notices.FAILED));
            }
        };
        try {
            executor.execute(Job.of(work, () -> quietly(() -> sender.notice(hook, Job.RESTARTING))));
        } catch (RejectedExecutionException e) {
            CompletableFuture.runAsync(() -> quietly(() -> sender.notice(hook, Notices.BUSY)));
        }
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

    private void answer(Message message, String workspace, MessageKind kind) {
        InboundMessage inbound = InboundTranslator.question(message, workspace, message.getJDA().getSelfUser()
                .getIdLong(), kind);
        if (inbound.text().isBlank() && !message.getAttachments().isEmpty()) {
            sender.notice(message, Notices.filesNotIndexed(settings.knowledgeChannels()));
            return;
        }
        BotReply reply = dispatcher.handle(inbound);
        sender.answer(message, reply, settings.replyInThread() && kind == MessageKind.MENTION);
    }

    private void answerDirect(Message message) {
        Optional<String> workspace = DirectMessageWorkspace.of(message.getJDA(), message.getAuthor().getIdLong());
        if (workspace.isEmpty()) {
            sender.notice(message, Notices.DM_NO_SERVER);
            return;
        }
        answer(message, workspace.get(), MessageKind.DIRECT);
    }

    private void ingest(Message message, String guild) {
        BotReply reply;
        try {
            reply = dispatcher.handle(InboundTranslator.files(message, guild));
        } catch (RuntimeException e) {
            LOG.error("Could not index the files of message {} in server {}", message.getId(), guild, e);
            sender.notice(message, Notices.ingestFailed(message.getAttachments().stream()
                    .map(Message.Attachment::getFileName).toList()));
            return;
        }
        sender.notice(message, reply.text());
    }

    private void forget(String guild, List<String> messageIds) {
        String scope = scopes.home(Platform.DISCORD, guild);
        Runnable work = () -> {
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
        };
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            CompletableFuture.runAsync(work);
        }
    }

    private boolean isKnowledgeChannel(MessageChannel channel) {
        return settings.knowledgeChannels().contains(InboundTranslator.channelOf(channel));
    }

    /**
     * Runs {@code work} on the executor, answering with a notice when it fails or the executor is full, and with
     * {@code abandoned} when Cairn stops before it is done.
     */
    private void submit(Message message, Runnable work, String abandoned) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Could not handle message {} in channel {}", message.getId(), message.getChannelId(), e);
                quietly(() -> sender.notice(message, Notices.FAILED));
            }
        };
        try {
            executor.execute(Job.of(guarded, () -> quietly(() -> sender.notice(message, abandoned))));
        } catch (RejectedExecutionException e) {
            CompletableFuture.runAsync(() -> quietly(() -> sender.notice(message, Notices.BUSY)));
        }
    }

    private static void quietly(Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the user about the failure: {}", e.getMessage());
        }
    }
}
