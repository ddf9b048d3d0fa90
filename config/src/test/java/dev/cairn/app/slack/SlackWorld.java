package dev.cairn.app.slack;

import java.util.List;

/**
 * A {@link FakeSlack} and a {@link SlackSender} for tests outside this package that run Slack beside other
 * platforms: the settings that point Cairn at the fake, signed requests, and everything Cairn sent to Slack.
 */
public final class SlackWorld implements AutoCloseable {
    public static final String BOT_TOKEN = FakeSlack.BOT_TOKEN;
    public static final String SIGNING_SECRET = FakeSlack.SIGNING_SECRET;
    public static final String APP_TOKEN = FakeSlack.APP_TOKEN;
    private final FakeSlack fake = FakeSlack.start();
    private SlackSender sender;

    /** The settings that turn the Slack adapter on over HTTP, pointed at the fake. */
    public List<String> properties() {
        return List.of("cairn.slack.enabled=true", "cairn.slack.bot-token=" + BOT_TOKEN,
                "cairn.slack.signing-secret=" + SIGNING_SECRET, "cairn.slack.api-url=" + fake.apiUrl());
    }

    /** The settings that turn the Slack adapter on over Socket Mode (bot and app tokens), pointed at the fake. */
    public List<String> socketModeProperties() {
        return List.of("cairn.slack.enabled=true", "cairn.slack.bot-token=" + BOT_TOKEN,
                "cairn.slack.app-token=" + APP_TOKEN, "cairn.slack.api-url=" + fake.apiUrl());
    }

    /** {@code /ask text} in {@code channel} over the Socket Mode websocket; waits for Cairn's reply there. */
    public void askOverSocket(String team, String channel, String user, String text) {
        FakeSocketMode socket = fake.socketMode();
        socket.awaitConnection();
        String envelope = "env-" + channel;
        socket.send(SlackPayloads.envelope(envelope, "slash_commands", SlackPayloads.commandJson(team, channel, user,
                text, fake.responseUrl(channel))));
        socket.awaitAck(envelope);
        FakeSlack.await(() -> fake.postedIn(channel).stream().findFirst(), "a reply in " + channel);
    }

    /** How many Socket Mode websockets are open to the fake now (0 before the first {@code apps.connections.open}). */
    public int socketModeConnections() {
        return fake.socketMode().openConnections();
    }

    /**
     * Pushes an {@code app_mention} event with id {@code eventId} over the newest Socket Mode connection, in an
     * envelope of its own named {@code envelopeId}, and waits for Cairn's acknowledgement of that envelope; returns the
     * message's {@code ts}, which Cairn's reply names as its {@code thread_ts}. Pushing the same {@code eventId} and
     * {@code ts} again is Slack redelivering the event.
     */
    public String mentionOverSocket(String envelopeId, String eventId, String ts, String team, String channel,
                                    String user, String text) {
        FakeSocketMode socket = fake.socketMode();
        socket.send(SlackPayloads.envelope(envelopeId, "events_api", SlackSender.callback(team, eventId,
                SlackPayloads.mention(team, channel, user, ts, null, "<@" + FakeSlack.BOT_USER + "> " + text))));
        socket.awaitAck(envelopeId);
        return ts;
    }

    /** A message timestamp later than all before it, as Slack makes them. */
    public String nextTs() {
        return fake.nextTs();
    }

    /** Waits (20 s at most) for Cairn's first message in the thread of {@code ts} and returns its text. */
    public String awaitReplyInThread(String ts) {
        return fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(ts)).allText();
    }

    /** How many messages Cairn has posted in the thread of {@code ts} so far. */
    public long repliesInThread(String ts) {
        return fake.calls("chat.postMessage").stream().filter(c -> c.param("thread_ts").equals(ts)).count();
    }

    /** Aims the signed requests at Cairn listening on {@code port} of 127.0.0.1. */
    public void connect(int port) {
        sender = new SlackSender("http://127.0.0.1:" + port + "/slack/events", SIGNING_SECRET);
    }

    /** {@code /ask text} in {@code channel}: waits for Cairn's reply there and returns the acknowledgement's body. */
    public String ask(String team, String channel, String user, String text) {
        SlackSender.Reply ack = sender.command(team, channel, user, text, fake.responseUrl(channel));
        FakeSlack.await(() -> fake.postedIn(channel).stream().findFirst(), "a reply in " + channel);
        return ack.status() + " " + ack.body();
    }

    /** A slash command signed with the wrong secret: Cairn's status and body. */
    public String askWithBadSignature(String team, String channel, String user, String text) {
        String form = SlackSender.commandForm(team, channel, user, text, fake.responseUrl(channel));
        SlackSender.Reply reply = sender.send(form, "application/x-www-form-urlencoded",
                String.valueOf(SlackSender.now()), SlackSender.signature("not-the-secret", SlackSender.now(), form),
                java.util.Map.of());
        return reply.status() + " " + reply.body();
    }

    /** The parameters of every call Cairn made to Slack (what users would see), one call per line. */
    public String everythingSent() {
        StringBuilder out = new StringBuilder();
        for (String method : List.of("chat.postMessage", "chat.postEphemeral", "chat.update", "respond")) {
            fake.calls(method).forEach(c -> out.append(method).append(' ').append(c.params()).append('\n'));
        }
        return out.toString();
    }

    @Override
    public void close() {
        fake.close();
    }
}
