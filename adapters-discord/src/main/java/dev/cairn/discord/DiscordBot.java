package dev.cairn.discord;

import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.discord.internal.ApprovalButtons;
import dev.cairn.discord.internal.DiscordListener;
import dev.cairn.discord.internal.VoteButtons;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord bot: answers @mentions, direct messages and {@code /ask}, indexes files shared in knowledge
 * channels, forgets them when their message is deleted, records clicks on the 👍 / 👎 buttons under answers, and posts Approve / Deny
 * buttons for runbook actions proposed on Discord. {@link #start}
 * fails when Discord rejects the token; when Discord cannot be reached it returns anyway and keeps trying in the
 * background, so that Cairn's other surfaces work meanwhile. A lost connection is resumed by JDA.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    /** Guild and direct messages with their text; button clicks and commands need no intent. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration LAST_RETRY = Duration.ofMinutes(5);
    private final JDABuilder builder;
    private final String restUrl;
    private final AtomicReference<JDA> jda = new AtomicReference<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cairn-discord-login");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    /** Stops announcing proposals; set once the bot has subscribed. */
    private volatile Runnable unsubscribe = () -> { };

    private DiscordBot(JDABuilder builder, String restUrl) {
        this.builder = builder;
        this.restUrl = restUrl;
    }

    /**
     * Logs in and starts connecting to the gateway; returns once the token is accepted (or, when Discord cannot be
     * reached, at once, retrying in the background), without waiting for the gateway. Slow work runs on
     * {@code executor}. Runbook actions proposed to {@code approvals} from Discord get Approve / Deny buttons where
     * they were asked.
     *
     * @throws IllegalArgumentException when Discord rejects the token
     */
    public static DiscordBot start(DiscordSettings settings, Dispatcher dispatcher, KnowledgeBase knowledge,
                                   ScopePolicy scopes, FeedbackLog feedback, ApprovalDesk approvals,
                                   Executor executor, Voice voice) {
        Handoff handoff = new Handoff(executor);
        DiscordListener listener = new DiscordListener(settings, dispatcher, knowledge, scopes, handoff, voice);
        VoteButtons votes = new VoteButtons(feedback, handoff, scopes, Clock.systemUTC(), voice);
        ApprovalButtons buttons = new ApprovalButtons(approvals, handoff, voice);
        String gateway = settings.gatewayUrl();
        SessionControllerAdapter sessions = new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return gateway;
            }
        };
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
                .setSessionController(sessions)
                .setCompression(settings.compression() == DiscordSettings.Compression.NONE
                        ? Compression.NONE : Compression.ZLIB)
                .setEnableShutdownHook(false)
                .addEventListeners(listener, votes, buttons);
        DiscordBot bot = new DiscordBot(builder, settings.restUrl());
        bot.unsubscribe = approvals.subscribe(proposal -> {
            JDA current = bot.jda.get();
            if (current != null && !bot.closed) {
                buttons.announce(current, proposal);
            }
        });
        try {
            bot.login(FIRST_RETRY);
            if (bot.jda.get() != null) {
                LOG.info("Discord bot logged in ({})", settings);
            }
        } catch (InvalidTokenException e) {
            bot.close();
            throw new IllegalArgumentException("Discord rejected the bot token: " + e.getMessage(), e);
        }
        return bot;
    }

    /** Logs in; when Discord cannot be reached, tries again after {@code retry}, doubling the wait each time. */
    private void login(Duration retry) {
        if (closed) {
            return;
        }
        try {
            jda.set(builder.build());
            if (closed) {
                shutdown(jda.get());
            }
        } catch (InvalidTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Could not reach Discord at {} ({}); Cairn runs without Discord and tries again in {} s",
                    restUrl, e.getMessage(), retry.toSeconds());
            Duration next = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            retries.schedule(() -> retryLogin(next), retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retryLogin(Duration next) {
        try {
            login(next);
            if (jda.get() != null) {
                LOG.info("Discord bot logged in");
            }
        } catch (InvalidTokenException e) {
            LOG.error("Discord rejected the bot token (cairn.discord.token); the Discord bot stays offline.");
        }
    }

    /** Disconnects from Discord, waiting a few seconds for requests under way. */
    @Override
    public void close() {
        closed = true;
        unsubscribe.run();
        retries.shutdownNow();
        JDA current = jda.get();
        if (current != null) {
            shutdown(current);
            LOG.info("Discord bot disconnected");
        }
    }

    private static void shutdown(JDA jda) {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
