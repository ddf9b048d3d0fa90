package dev.cairn.app.discord;

import static dev.cairn.app.discord.DiscordPayloads.snowflake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discord for tests, on 127.0.0.1: a REST API that records every call and answers what JDA needs, a gateway that
 * JDA really connects to (see {@link FakeGateway}), and a CDN that serves attachments and records downloads.
 * Declare guilds, channels and users before the bot connects; then send messages, commands, button clicks and
 * deletions as Discord would, and wait for the bot's calls.
 */
final class FakeDiscord implements AutoCloseable {
    static final String TOKEN = "fake-discord-bot-token";
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicInteger SEQUENCE_IDS = new AtomicInteger();
    final long botId = snowflake();
    final long applicationId = botId;
    private final Map<String, Object> bot = DiscordPayloads.user(botId, "Cairn", true);
    private final HttpServer http;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(4);
    private final FakeGateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final Map<Long, Guild> guilds = new ConcurrentHashMap<>();
    private final Map<Long, Long> channelGuild = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final Map<Long, Long> dmChannels = new ConcurrentHashMap<>();
    private final Map<String, Long> interactionChannels = new ConcurrentHashMap<>();
    private final Map<String, Long> originalResponses = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Object>> messages = new ConcurrentHashMap<>();
    private final Map<Long, Long> threads = new ConcurrentHashMap<>();
    private volatile boolean failing;

    /**
     * One REST call the bot made: method, path below {@code /api/v10/}, query, JSON body (null when none), and the
     * id of the message it created or edited (0 when none).
     */
    record Call(String method, String path, String query, JsonNode body, long messageId) {
        boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }

        /** The message content sent, or "" when the call carries none. */
        String content() {
            return body != null && body.has("content") ? body.get("content").asString() : "";
        }

        /** The id of the message this one replies to, or 0. */
        long repliesTo() {
            return body != null && body.has("message_reference")
                    ? body.get("message_reference").get("message_id").asLong() : 0;
        }

        /** The allowed_mentions object sent, or null when the call has none. */
        JsonNode allowedMentions() {
            return body == null ? null : body.get("allowed_mentions");
        }

        /** Whether this call sends or edits a message: in a channel, or as a command response. */
        boolean sendsMessage() {
            return is("POST", "channels/\\d+/messages") || is("PATCH", "channels/\\d+/messages/\\d+")
                    || is("PATCH", "webhooks/\\d+/[^/]+/messages/@original") || is("POST", "webhooks/\\d+/[^/]+");
        }

        /** The embeds sent, possibly none. */
        List<JsonNode> embeds() {
            List<JsonNode> embeds = new ArrayList<>();
            if (body != null && body.has("embeds")) {
                body.get("embeds").forEach(embeds::add);
            }
            return embeds;
        }
    }

    /** A command invocation: its id and token, and the channel it came from. */
    record Interaction(long id, String token, long channelId) {
    }

    /** An attachment as the CDN serves it: {@code declaredSize} is what Discord says, whatever the bytes. */
    record File(String name, byte[] bytes, long declaredSize) {
    }

    private record Guild(long id, String name, List<Map<String, Object>> channels, List<Long> members) {
    }

    FakeDiscord() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        http.createContext("/api/v10/", this::api);
        http.createContext("/attachments/", this::download);
        http.setExecutor(httpThreads);
        http.start();
        gateway = new FakeGateway(this::ready, () -> guilds.values().stream().map(this::guildCreate).toList());
    }

    /** The properties that point Cairn at this fake, with Discord enabled. */
    List<String> properties() {
        return List.of("cairn.discord.enabled=true", "cairn.discord.token=" + TOKEN,
                "cairn.discord.rest-url=" + restUrl(), "cairn.discord.gateway-url=" + gateway.url(),
                "cairn.discord.compression=none");
    }

    String restUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    // ---- the world, declared before the bot connects ----

    long guild(String name) {
        long id = snowflake();
        guilds.put(id, new Guild(id, name, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>()));
        return id;
    }

    /** The id of the thread the bot started from message {@code message}, waiting for it to be created. */
    long threadStartedFrom(long message) {
        await("a thread from message " + message, c -> c.is("POST",
                "channels/\\d+/messages/" + message + "/threads"));
        return threads.get(message);
    }

    long channel(long guild, String name) {
        return channel(guild, name, 0);
    }

    /** A text channel where the bot is denied the permission bits {@code denied}. */
    long channel(long guild, String name, long denied) {
        long id = snowflake();
        guilds.get(guild).channels().add(DiscordPayloads.channel(guild, id, name, 0, 0, denied));
        channelGuild.put(id, guild);
        return id;
    }

    /** The id of the channel {@code name} of {@code guild}. */
    long channelId(long guild, String name) {
        return guilds.get(guild).channels().stream().filter(c -> c.get("name").equals(name))
                .map(c -> Long.parseLong(c.get("id").toString())).findFirst().orElseThrow();
    }

    /** A person (or, with {@code bot}, another bot) who is a member of {@code memberOf}. */
    long user(String name, boolean isBot, long... memberOf) {
        long id = snowflake();
        users.put(id, DiscordPayloads.user(id, name, isBot));
        for (long guild : memberOf) {
            guilds.get(guild).members().add(id);
        }
        return id;
    }

    /** The text that @mentions the bot. */
    String mention() {
        return "<@" + botId + ">";
    }

    File file(String name, byte[] bytes) {
        return new File(name, bytes, bytes.length);
    }

    /** While true, every REST call fails with 500, as during an outage. */
    void failRest(boolean failing) {
        this.failing = failing;
    }

    // ---- events, sent over the gateway ----

    /** A message in a guild channel; the bot counts as mentioned when the content holds {@link #mention()}. */
    long post(long channel, long author, String content, File... attachments) {
        long id = snowflake();
        List<Map<String, Object>> mentions = content.contains(mention()) ? List.of(bot) : List.of();
        List<Map<String, Object>> files = new ArrayList<>();
        for (File file : attachments) {
            long fileId = snowflake();
            String path = "/attachments/" + fileId + "/" + file.name();
            this.files.put(path, file.bytes());
            files.add(DiscordPayloads.attachment(fileId, file.name(), file.declaredSize(), cdn() + path));
        }
        Map<String, Object> message = DiscordPayloads.message(id, channelGuild.get(channel), channel,
                users.get(author), content, mentions, files);
        messages.put(id, message);
        gateway.dispatch("MESSAGE_CREATE", message);
        return id;
    }

    /** A direct message from {@code author} to the bot. */
    long directMessage(long author, String content) {
        long id = snowflake();
        long channel = dmChannel(author);
        gateway.dispatch("MESSAGE_CREATE", DiscordPayloads.message(id, 0, channel, users.get(author), content,
                List.of(), List.of()));
        return id;
    }

    /** {@code /ask question:<question>} in a guild channel, or in the direct messages when {@code channel} is 0. */
    Interaction ask(long channel, long user, String question) {
        return ask(channel, user, question, "en-US");
    }

    /** As {@link #ask(long, long, String)}, by a user whose Discord is set to {@code locale} ({@code zh-CN}, say). */
    Interaction ask(long channel, long user, String question, String locale) {
        long id = snowflake();
        String token = "interaction-token-" + id;
        Map<String, Object> data;
        if (channel == 0) {
            long dm = dmChannel(user);
            data = DiscordPayloads.directCommand(id, token, applicationId, users.get(user), dm, question, locale);
            channel = dm;
        } else {
            long guild = channelGuild.get(channel);
            data = DiscordPayloads.guildCommand(id, token, applicationId, guild, channelOf(guild, channel),
                    users.get(user), question, locale);
        }
        interactionChannels.put(token, channel);
        gateway.dispatch("INTERACTION_CREATE", data);
        return new Interaction(id, token, channel);
    }

    /** {@code user} clicks the button {@code customId} under the bot's message {@code message} in a guild channel. */
    Interaction click(long channel, long message, long user, String customId) {
        return click(channel, message, user, customId, "en-US");
    }

    /** As {@link #click(long, long, long, String)}, by a user whose Discord is set to {@code locale}. */
    Interaction click(long channel, long message, long user, String customId, String locale) {
        long id = snowflake();
        String token = "interaction-token-" + id;
        long guild = channelGuild.get(channel);
        interactionChannels.put(token, channel);
        originalResponses.put(token, message);
        gateway.dispatch("INTERACTION_CREATE", DiscordPayloads.buttonClick(id, token, applicationId, guild,
                channelOf(guild, channel), users.get(user), messages.get(message), customId, locale));
        return new Interaction(id, token, channel);
    }

    /** The custom ids of the buttons sent with a message, in order; empty when it has none. */
    static List<String> buttons(Call call) {
        List<String> ids = new ArrayList<>();
        if (call.body() != null && call.body().has("components")) {
            for (JsonNode row : call.body().get("components")) {
                row.path("components").forEach(c -> ids.add(c.get("custom_id").asString()));
            }
        }
        return ids;
    }

    void deleteMessage(long channel, long message) {
        gateway.dispatch("MESSAGE_DELETE", Map.of("id", Long.toString(message), "channel_id", Long.toString(channel),
                "guild_id", Long.toString(channelGuild.get(channel))));
    }

    // ---- what the bot did ----

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(Predicate<Call> filter) {
        return calls.stream().filter(filter).toList();
    }

    /** Whether {@code call} posts a message into a direct-message channel. */
    boolean isDirect(Call call) {
        Matcher m = CHANNEL_MESSAGES.matcher(call.path());
        return call.method().equals("POST") && m.matches() && dmChannels.containsValue(Long.parseLong(m.group(1)));
    }

    /** Whether {@code call} posts a message into the direct-message channel of {@code user}. */
    boolean isDirectTo(Call call, long user) {
        return isDirect(call) && call.path().equals("channels/" + dmChannels.get(user) + "/messages");
    }

    /** Paths of the attachments downloaded so far. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    /** The first call matching {@code filter}, waiting for it to come. */
    Call await(String what, Predicate<Call> filter) {
        return awaitCalls(what, 1, filter).get(0);
    }

    /** Cairn's reply in {@code channel} to the message {@code message}, waiting for it to come. */
    Call replyTo(long channel, long message) {
        return await("the reply to message " + message, c -> c.is("POST", "channels/" + channel + "/messages")
                && c.repliesTo() == message);
    }

    /** At least {@code count} calls matching {@code filter}, waiting for them to come. */
    List<Call> awaitCalls(String what, int count, Predicate<Call> filter) {
        return awaitCalls(what, count, filter, WAIT);
    }

    /** The first call matching {@code filter}, waiting up to {@code wait} for it: for work that warms Cairn up. */
    Call await(String what, Duration wait, Predicate<Call> filter) {
        return awaitCalls(what, 1, filter, wait).get(0);
    }

    private List<Call> awaitCalls(String what, int count, Predicate<Call> filter, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<Call> matching = calls(filter);
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; calls so far:\n"
                        + String.join("\n", calls.stream().map(Call::toString).toList()));
            }
            sleep();
        }
    }

    /** Waits until the bot is connected and has registered its commands (it does so once its guilds are loaded). */
    void awaitReady() {
        await("the /ask command registration", c -> c.is("PUT", "applications/\\d+/commands"));
    }

    /**
     * Waits until no call arrived for {@code quiet} (at most 5 s, so that a bot that never stops talking fails the
     * assertions that follow instead of hanging); for asserting that the bot did not react.
     */
    void awaitQuiet(Duration quiet) {
        int seen = calls.size();
        long since = System.nanoTime();
        long deadline = since + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() - since < quiet.toNanos() && System.nanoTime() < deadline) {
            sleep();
            if (calls.size() != seen) {
                seen = calls.size();
                since = System.nanoTime();
            }
        }
    }

    boolean gatewayConnected() {
        return gateway.connected();
    }

    /** How many bot processes hold an identified gateway session now. */
    int gatewaySessions() {
        return gateway.identifiedSessions();
    }

    @Override
    public void close() throws IOException {
        gateway.close();
        http.stop(0);
        httpThreads.shutdownNow();
    }

    // ---- REST ----

    private Map<String, Object> ready() {
        Map<String, Object> ready = new LinkedHashMap<>();
        ready.put("v", 10);
        ready.put("user", bot);
        ready.put("guilds", guilds.keySet().stream().map(id -> Map.of("id", Long.toString(id), "unavailable", true))
                .toList());
        ready.put("session_id", "fake-session");
        ready.put("resume_gateway_url", gateway.url());
        ready.put("application", Map.of("id", Long.toString(applicationId), "flags", 0));
        ready.put("private_channels", List.of());
        return ready;
    }

    private Map<String, Object> guildCreate(Guild guild) {
        return DiscordPayloads.guild(guild.id(), guild.name(), bot, guild.channels());
    }

    private Map<String, Object> channelOf(long guild, long channel) {
        return guilds.get(guild).channels().stream().filter(c -> c.get("id").equals(Long.toString(channel)))
                .findFirst().orElseThrow();
    }

    private long dmChannel(long user) {
        return dmChannels.computeIfAbsent(user, u -> snowflake());
    }

    private String cdn() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern ORIGINAL = Pattern.compile("webhooks/\\d+/([^/]+)/messages/@original");
    private static final Pattern FOLLOWUP = Pattern.compile("webhooks/\\d+/([^/]+)");
    private static final Pattern MEMBER = Pattern.compile("guilds/(\\d+)/members/(\\d+)");

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/api/v10/".length()),
                    StandardCharsets.UTF_8);
            String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length > 0 && isJson(exchange) ? JSON.readTree(raw) : null;
            Response response = failing ? new Response(500, Map.of("message", "500: Internal Server Error", "code", 0))
                    : ("Bot " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    ? respond(method, path, body)
                    : new Response(401, Map.of("message", "401: Unauthorized", "code", 0));
            Object id = response.body() instanceof Map<?, ?> map && map.containsKey("author") ? map.get("id") : null;
            calls.add(new Call(method, path, query, body, id == null ? 0 : Long.parseLong(id.toString())));
            if (response.body() == null) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private record Response(int status, Object body) {
    }

    private Response respond(String method, String path, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            return new Response(200, bot);
        } else if (method.equals("PUT") && path.matches("applications/\\d+/commands")) {
            return new Response(200, commands(body));
        } else if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            Map<String, Object> message = sent(Long.parseLong(m.group(1)), snowflake(), body);
            gateway.dispatch("MESSAGE_CREATE", message); // as Discord does: the bot sees its own messages too
            return new Response(200, message);
        } else if (method.equals("PATCH") && (m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            return new Response(200, sent(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body));
        } else if (method.equals("GET") && (m = CHANNEL_MESSAGE.matcher(path)).matches()
                && messages.containsKey(Long.parseLong(m.group(2)))) {
            return new Response(200, messages.get(Long.parseLong(m.group(2))));
        } else if (method.equals("POST") && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
            return new Response(201, thread(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body));
        } else if (method.equals("POST") && path.matches("interactions/\\d+/[^/]+/callback")) {
            return new Response(204, null);
        } else if (method.equals("PATCH") && (m = ORIGINAL.matcher(path)).matches()) {
            long id = originalResponses.computeIfAbsent(m.group(1), t -> snowflake());
            return new Response(200, sent(interactionChannels.getOrDefault(m.group(1), 0L), id, body));
        } else if (method.equals("POST") && (m = FOLLOWUP.matcher(path)).matches()) {
            return new Response(200, sent(interactionChannels.getOrDefault(m.group(1), 0L), snowflake(), body));
        } else if (method.equals("POST") && path.equals("users/@me/channels")) {
            long user = body.get("recipient_id").asLong();
            return new Response(200, Map.of("id", Long.toString(dmChannel(user)), "type", 1, "flags", 0,
                    "recipients", List.of(users.get(user))));
        } else if (method.equals("GET") && (m = MEMBER.matcher(path)).matches()) {
            long user = Long.parseLong(m.group(2));
            return guilds.get(Long.parseLong(m.group(1))).members().contains(user)
                    ? new Response(200, DiscordPayloads.member(users.get(user)))
                    : new Response(404, Map.of("message", "Unknown Member", "code", 10007));
        }
        return new Response(404, Map.of("message", "404: Not Found", "code", 0));
    }

    private void download(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            downloads.add(path);
            byte[] bytes = files.get(path);
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** The bot's message as Discord returns it: what was sent, with an id, author and timestamps. */
    private Map<String, Object> sent(long channel, long id, JsonNode body) {
        long guild = channelGuild.getOrDefault(channel, 0L);
        Map<String, Object> message = DiscordPayloads.message(id, guild, channel, bot,
                body != null && body.has("content") ? body.get("content").asString() : "", List.of(), List.of());
        if (body != null && body.has("embeds")) {
            List<Object> embeds = new ArrayList<>();
            for (JsonNode embed : body.get("embeds")) {
                embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich"));
            }
            message.put("embeds", embeds);
        }
        if (body != null && body.has("components")) {
            ArrayNode components = (ArrayNode) body.get("components").deepCopy();
            components.forEach(FakeDiscord::numberComponents);
            message.put("components", components);
        }
        messages.put(id, message);
        return message;
    }

    private Map<String, Object> thread(long parent, long message, JsonNode body) {
        long guild = channelGuild.get(parent);
        long id = snowflake();
        threads.put(message, id);
        Map<String, Object> thread = DiscordPayloads.channel(guild, id, body.get("name").asString(), 11, parent, 0);
        thread.put("owner_id", Long.toString(botId));
        channelGuild.put(id, guild);
        gateway.dispatch("THREAD_CREATE", thread);
        return thread;
    }

    private List<Object> commands(JsonNode body) {
        List<Object> commands = new ArrayList<>();
        for (JsonNode command : body) {
            ObjectNode copy = ((ObjectNode) command).deepCopy();
            copy.put("id", Long.toString(snowflake()));
            copy.put("application_id", Long.toString(applicationId));
            copy.put("version", Long.toString(snowflake()));
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            commands.add(copy);
        }
        return commands;
    }

    /** Gives a component and its children the unique numeric ids Discord assigns when the bot sends none. */
    private static void numberComponents(JsonNode component) {
        if (component instanceof ObjectNode object && !object.has("id")) {
            object.put("id", (int) (SEQUENCE_IDS.incrementAndGet() & 0x7FFFFFFF));
        }
        component.path("components").forEach(FakeDiscord::numberComponents);
    }

    private static boolean isJson(HttpExchange exchange) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .startsWith("application/json");
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
