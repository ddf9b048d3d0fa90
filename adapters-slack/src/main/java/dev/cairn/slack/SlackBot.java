package dev.cairn.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.FileDeletedEvent;
import com.slack.api.model.event.FileSharedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.HandledEvents;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.slack.internal.ApprovalListener;
import dev.cairn.slack.internal.BlockKitRenderer;
import dev.cairn.slack.internal.Events;
import dev.cairn.slack.internal.FeedbackListener;
import dev.cairn.slack.internal.KnowledgeChannelListener;
import dev.cairn.slack.internal.QuestionListener;
import dev.cairn.slack.internal.RecentKeys;
import dev.cairn.slack.internal.SignatureCheck;
import dev.cairn.slack.internal.SlackReplies;
import dev.cairn.slack.internal.UserLocales;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cairn in Slack: a Bolt app answering the slash command, mentions and direct messages, indexing files shared in
 * knowledge channels and recording votes. Events arrive over Socket Mode when an app token is set, otherwise through
 * {@link SlackEventsServlet}. {@link #start} fails with a {@link SlackStartupException} when Slack refuses a token.
 */
public final class SlackBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final SlackRequestParser parser;
    private final Optional<SignatureCheck> signatures;
    private final HandledEvents handled;
    private final ApprovalListener approvals;
    /** Stops announcing proposals; set once the bot has subscribed. */
    private volatile Runnable unsubscribe = () -> { };
    private SocketModeApp socketMode;

    private SlackBot(SlackSettings settings, Slack slack, App app, Optional<SignatureCheck> signatures,
                     HandledEvents handled, ApprovalListener approvals) {
        this.settings = settings;
        this.slack = slack;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.handled = handled;
        this.approvals = approvals;
    }

    /**
     * Checks the bot token with {@code auth.test} and builds the Bolt app; in Socket Mode, {@link #connectSocketMode}
     * then connects (on the one replica that holds the connection).
     *
     * @param desk     runbook proposals asked in Slack get Approve / Deny buttons; clicks decide them here
     * @param executor runs answering, indexing and decisions, off Slack's thread
     * @param handled  the event ids already handled, by this replica or any other sharing the store
     */
    public static SlackBot start(SlackSettings settings, Dispatcher dispatcher, KnowledgeBase knowledge,
                                 ScopePolicy scopes, FeedbackLog feedback, ApprovalDesk desk, Executor executor,
                                 Clock clock, HandledEvents handled, Voice voice) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        try {
            return start(slack, settings, dispatcher, knowledge, scopes, feedback, desk, executor, clock, handled, voice);
        } catch (RuntimeException e) {
            closeQuietly(slack);
            throw e;
        }
    }

    private static SlackBot start(Slack slack, SlackSettings settings, Dispatcher dispatcher, KnowledgeBase knowledge,
                                  ScopePolicy scopes, FeedbackLog feedback, ApprovalDesk desk, Executor executor,
                                  Clock clock, HandledEvents handled, Voice voice) {
        AuthTestResponse auth = checkBotToken(slack, settings);
        log.info("Slack: signed in as {} ({}) in workspace {} ({})", auth.getUser(), auth.getUserId(),
                auth.getTeam(), auth.getTeamId());

        AppConfig appConfig = AppConfig.builder().slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().isEmpty() ? null : settings.signingSecret())
                .clientId(null).clientSecret(null).verificationToken(null)
                // verified before Bolt sees the request, on the raw UTF-8 bytes: see SignatureCheck
                .requestVerificationEnabled(false)
                .allEventsApiAutoAckEnabled(true)
                .build();
        App app = new App(appConfig);
        RecentKeys seen = new RecentKeys(50_000, Duration.ofHours(1), clock);
        Handoff work = new Handoff(executor);
        BlockKitRenderer renderer = new BlockKitRenderer(voice);
        SlackReplies replies = new SlackReplies(slack.methods(settings.botToken()), slack);
        UserLocales locales = UserLocales.of(slack.methods(settings.botToken()));
        QuestionListener questions = new QuestionListener(dispatcher, replies, renderer, seen, work, auth.getUserId(),
                voice, locales);
        KnowledgeChannelListener files = new KnowledgeChannelListener(dispatcher, knowledge, scopes,
                new KnowledgeChannelListener.WebApi(slack.methods(settings.botToken()), slack.getHttpClient(),
                        settings.botToken()), replies, renderer, seen, work, settings.knowledgeChannels(), voice,
                locales);
        FeedbackListener votes = new FeedbackListener(feedback, replies, work, clock, voice, locales);
        ApprovalListener approvals = new ApprovalListener(desk, replies, renderer, work, voice, locales);

        Optional<SignatureCheck> signatures = settings.signingSecret().isEmpty() ? Optional.empty()
                : Optional.of(new SignatureCheck(settings.signingSecret(), clock));
        SlackBot bot = new SlackBot(settings, slack, app, signatures, handled, approvals);
        app.command(settings.command(), questions::onCommand);
        app.event(AppMentionEvent.class, bot.once(questions::onMention));
        app.event(MessageEvent.class, bot.once((payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getFiles() != null && !e.getFiles().isEmpty() && files.isKnowledgeChannel(e.getChannel())) {
                return files.onMessageWithFiles(Events.team(payload, e.getTeam(), ctx), e.getChannel(), e.getTs(),
                        e.getUser(), e.getFiles(), ctx);
            }
            return "im".equals(e.getChannelType()) ? questions.onDirectMessage(payload, ctx) : ctx.ack();
        }));
        app.event(MessageFileShareEvent.class, bot.once((payload, ctx) -> {
            MessageFileShareEvent e = payload.getEvent();
            return files.onMessageWithFiles(Events.team(payload, null, ctx), e.getChannel(), e.getTs(), e.getUser(),
                    e.getFiles(), ctx);
        }));
        app.event(FileSharedEvent.class, bot.once(files::onFileShared));
        app.event(FileDeletedEvent.class, bot.once(files::onFileDeleted));
        app.blockAction(Pattern.compile(Pattern.quote(BlockKitRenderer.VOTE_UP) + "|"
                + Pattern.quote(BlockKitRenderer.VOTE_DOWN)), votes::onVote);
        app.blockAction(Pattern.compile(Pattern.quote(BlockKitRenderer.APPROVE) + "|"
                + Pattern.quote(BlockKitRenderer.DENY)), approvals::onClick);
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new SlackStartupException("Slack: the Bolt app could not start: " + e.getMessage(), e);
        }
        bot.unsubscribe = desk.subscribe(approvals::onProposal);
        log.info("Slack adapter ready: {}", settings);
        return bot;
    }

    private static AuthTestResponse checkBotToken(Slack slack, SlackSettings settings) {
        AuthTestResponse auth;
        try {
            auth = slack.methods(settings.botToken()).authTest(r -> r);
        } catch (IOException | SlackApiException e) {
            throw new SlackStartupException("Slack: could not reach the Web API at " + settings.apiUrl()
                    + " to check cairn.slack.bot-token (auth.test): " + e.getMessage(), e);
        }
        if (!auth.isOk()) {
            throw new SlackStartupException("Slack refused cairn.slack.bot-token (auth.test said " + auth.getError()
                    + "): copy the Bot User OAuth Token (xoxb-…) of the installed app into CAIRN_SLACK_BOT_TOKEN",
                    null);
        }
        return auth;
    }

    /**
     * Opens the Socket Mode connection (when an app token is set, and not open yet); throws when Slack refuses the
     * app token.
     */
    public synchronized void connectSocketMode() {
        if (!settings.socketMode() || socketMode != null) {
            return;
        }
        try {
            socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
        } catch (Exception e) {
            socketMode = null;
            throw new SlackStartupException("Slack: could not open a Socket Mode connection with cairn.slack.app-token "
                    + "(apps.connections.open at " + settings.apiUrl() + "): " + e.getMessage()
                    + ". Check that Socket Mode is on and that the app-level token (xapp-…) has the "
                    + "connections:write scope", e);
        }
    }

    /** Closes the Socket Mode connection, if open; Slack then delivers events to another replica's connection. */
    public synchronized void disconnectSocketMode() {
        if (socketMode == null) {
            return;
        }
        try {
            socketMode.close();
        } catch (Exception e) {
            log.warn("closing the Socket Mode connection failed: {}", e.toString());
        }
        socketMode = null;
    }

    /** Handles each event id once, in whichever replica gets it first: Slack retries events not acked in time. */
    private <E extends Event> BoltEventHandler<E> once(BoltEventHandler<E> handler) {
        return (payload, ctx) -> {
            if (payload.getEventId() != null && !handled.firstTime("event:" + payload.getEventId())) {
                log.debug("skipping event {} delivered again (retry {})", payload.getEventId(), ctx.getRetryNum());
                return ctx.ack();
            }
            return handler.apply(payload, ctx);
        };
    }

    /** True when events arrive over Socket Mode rather than over HTTP. */
    public boolean socketMode() {
        return settings.socketMode();
    }

    /**
     * Handles one HTTP request from Slack: a forged or stale one is refused with 401 before anything else happens.
     *
     * @param body    the raw body exactly as received (what Slack signed)
     * @param headers the request headers
     */
    Response handle(String requestUri, String body, Map<String, List<String>> headers, String remoteAddress) {
        if (socketMode()) {
            return Response.builder().statusCode(404)
                    .body("Cairn receives Slack events over Socket Mode; this endpoint is off.").build();
        }
        RequestHeaders slackHeaders = new RequestHeaders(headers);
        Optional<String> forged = signatures.orElseThrow().problem(
                slackHeaders.getFirstValue("X-Slack-Request-Timestamp"), body,
                slackHeaders.getFirstValue("X-Slack-Signature"));
        if (forged.isPresent()) {
            log.info("refused a request to {} from {}: {}", requestUri, remoteAddress, forged.get());
            return Response.json(401, Map.of("error", "invalid request"));
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(requestUri).requestBody(body)
                    .headers(slackHeaders).remoteAddress(remoteAddress).build());
        } catch (RuntimeException e) {
            log.warn("could not read a signed Slack request: {}", e.toString());
            request = null;
        }
        if (request == null) {
            return Response.json(400, Map.of("error", "unrecognized request"));
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            log.error("handling a Slack {} failed", request.getRequestType(), e);
            return Response.json(500, Map.of("error", "internal error"));
        }
    }

    /** Disconnects Socket Mode and stops the app; work already queued still finishes on the executor. */
    @Override
    public void close() {
        unsubscribe.run();
        approvals.close();
        disconnectSocketMode();
        app.stop();
        closeQuietly(slack);
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client failed", e);
        }
    }
}
