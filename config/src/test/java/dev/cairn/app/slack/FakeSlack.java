package dev.cairn.app.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack's side of the wire on 127.0.0.1: the Web API methods Cairn calls ({@code auth.test}, {@code chat.postMessage},
 * {@code chat.postEphemeral}, {@code chat.update}, {@code chat.getPermalink}, {@code files.info},
 * {@code users.info}, {@code apps.connections.open}), file downloads that need the bot token (a sign-in page
 * otherwise, as Slack does), response URLs, and a Socket Mode websocket server. Every call is recorded.
 */
final class FakeSlack implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-cairn-test-token";
    static final String APP_TOKEN = "xapp-cairn-test-token";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_USER = "UCAIRNBOT";
    static final String HOME_TEAM = "THOMETEAM";
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SIGN_IN_PAGE = "<!DOCTYPE html><html><head><title>Slack</title></head>"
            + "<body><h1>Sign in to your workspace</h1></body></html>";

    private final HttpServer http;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, HostedFile> files = new ConcurrentHashMap<>();
    private final Set<String> notInChannel = ConcurrentHashMap.newKeySet();
    private final Map<String, String> channelNames = new ConcurrentHashMap<>();
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_100L);
    private FakeSocketMode socketMode;

    /**
     * One request Cairn made.
     *
     * @param method        the Web API method, {@code download} for a file download, {@code respond} for a response URL
     * @param params        the form, JSON or query parameters (JSON values as text)
     * @param authorization the Authorization header, empty when none
     */
    record Call(String method, Map<String, String> params, String authorization) {
        String param(String name) {
            return params.getOrDefault(name, "");
        }

        /** The {@code blocks} parameter as JSON, an empty array when there is none. */
        JsonNode blocks() {
            String blocks = params.get("blocks");
            return blocks == null || blocks.isEmpty() ? JSON.createArrayNode() : JSON.readTree(blocks);
        }

        /** The mrkdwn texts of all section and context blocks, then the plain {@code text}, one per line. */
        String allText() {
            StringBuilder out = new StringBuilder();
            for (JsonNode block : blocks()) {
                if (block.has("text")) {
                    out.append(block.get("text").get("text").asString()).append('\n');
                }
                if (block.get("type").asString().equals("context")) {
                    block.get("elements").forEach(e -> out.append(e.get("text").asString()).append('\n'));
                }
            }
            return out.append(param("text")).toString();
        }
    }

    private record HostedFile(String id, String name, String mimetype, byte[] bytes, String channel, String ts,
                              boolean signInPageOnly) {
    }

    private FakeSlack(HttpServer http) {
        this.http = http;
    }

    static FakeSlack start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeSlack fake = new FakeSlack(server);
            server.createContext("/api/", fake::api);
            server.createContext("/files/", fake::download);
            server.createContext("/respond/", fake::respond);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "fake-slack");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** What {@code cairn.slack.api-url} points at. */
    String apiUrl() {
        return baseUrl() + "/api/";
    }

    /** A response URL for an interaction; what is posted to it is recorded as method {@code respond}. */
    String responseUrl(String id) {
        return baseUrl() + "/respond/" + id;
    }

    static String permalink(String channel, String ts) {
        return "https://cairn-test.slack.com/archives/" + channel + "/p" + ts.replace(".", "");
    }

    /** A message timestamp later than all before it, as Slack makes them. */
    String nextTs() {
        long micros = clock.addAndGet(100);
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    /** Serves a file through {@code files.info} and its download URL, as shared in {@code channel} by message {@code ts}. */
    void hostFile(String id, String name, String mimetype, byte[] bytes, String channel, String ts) {
        files.put(id, new HostedFile(id, name, mimetype, bytes, channel, ts, false));
    }

    /** As {@link #hostFile}, but the download answers with Slack's HTML sign-in page whatever the token. */
    void hostFileBehindSignInPage(String id, String name, String mimetype, String channel, String ts) {
        files.put(id, new HostedFile(id, name, mimetype, new byte[0], channel, ts, true));
    }

    /** Gives a channel a name that {@code conversations.info} reports; other channels answer {@code missing_scope}. */
    void nameChannel(String channel, String name) {
        channelNames.put(channel, name);
    }

    /**
     * Gives a user the Slack language {@code locale} ({@code zh-CN}, {@code en-US}), which {@code users.info} reports
     * when asked with {@code include_locale=true}; other users are reported without one.
     */
    void speaks(String user, String locale) {
        locales.put(user, locale);
    }

    /** From now on {@code chat.postMessage} and {@code chat.postEphemeral} in {@code channel} fail with not_in_channel. */
    void botIsNotIn(String channel) {
        notInChannel.add(channel);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Messages posted (and ephemeral messages shown) in {@code channel}. */
    List<Call> postedIn(String channel) {
        return calls.stream().filter(c -> c.method().startsWith("chat.post") && c.param("channel").equals(channel))
                .toList();
    }

    /** Waits for the first call of {@code method} that matches. */
    Call awaitCall(String method, Predicate<Call> match) {
        return await(() -> calls(method).stream().filter(match).findFirst(), method + " matching the expectation");
    }

    /** Waits for the first message posted in {@code channel}. */
    Call awaitPostIn(String channel) {
        return awaitCall("chat.postMessage", c -> c.param("channel").equals(channel));
    }

    static <T> T await(Supplier<Optional<T>> condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + WAIT.toSeconds() + " s waiting for " + what);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = params(exchange);
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        calls.add(new Call(method, params, authorization));
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : params.getOrDefault("token", "");
        String expected = method.equals("apps.connections.open") ? APP_TOKEN : BOT_TOKEN;
        ObjectNode body = JSON.createObjectNode();
        if (!token.equals(expected)) {
            body.put("ok", false).put("error", token.isEmpty() ? "not_authed" : "invalid_auth");
            json(exchange, body);
            return;
        }
        body.put("ok", true);
        String channel = params.getOrDefault("channel", "");
        switch (method) {
            case "auth.test" -> body.put("url", "https://cairn-test.slack.com/").put("team", "Cairn Test")
                    .put("user", "cairn").put("team_id", HOME_TEAM).put("user_id", BOT_USER).put("bot_id", "BCAIRN");
            case "chat.postMessage" -> {
                if (notInChannel.contains(channel)) {
                    body.put("ok", false).put("error", "not_in_channel");
                } else {
                    body.put("channel", channel).put("ts", nextTs());
                }
            }
            case "chat.postEphemeral" -> {
                if (notInChannel.contains(channel)) {
                    body.put("ok", false).put("error", "not_in_channel");
                } else {
                    body.put("message_ts", nextTs());
                }
            }
            case "chat.update" -> body.put("channel", channel).put("ts", params.getOrDefault("ts", ""))
                    .put("text", params.getOrDefault("text", ""));
            case "chat.getPermalink" -> body.put("channel", channel)
                    .put("permalink", permalink(channel, params.getOrDefault("message_ts", "")));
            case "files.info" -> fileInfo(params.getOrDefault("file", ""), body);
            case "users.info" -> {
                String user = params.getOrDefault("user", "");
                ObjectNode u = body.putObject("user").put("id", user).put("team_id", HOME_TEAM)
                        .put("name", user.toLowerCase());
                // the Java SDK sends booleans as 1; Slack takes true too
                if (locales.containsKey(user) && Set.of("true", "1").contains(params.getOrDefault("include_locale",
                        ""))) {
                    u.put("locale", locales.get(user));
                }
            }
            case "conversations.info" -> {
                if (channelNames.containsKey(channel)) {
                    body.putObject("channel").put("id", channel).put("name", channelNames.get(channel));
                } else {
                    body.put("ok", false).put("error", "missing_scope");
                }
            }
            case "apps.connections.open" -> body.put("url", socketMode().url());
            default -> body.put("ok", false).put("error", "unknown_method");
        }
        json(exchange, body);
    }

    private void fileInfo(String id, ObjectNode body) {
        HostedFile file = files.get(id);
        if (file == null) {
            body.put("ok", false).put("error", "file_not_found");
            return;
        }
        ObjectNode f = body.putObject("file");
        f.put("id", file.id()).put("name", file.name()).put("title", file.name()).put("mimetype", file.mimetype())
                .put("filetype", file.name().substring(file.name().lastIndexOf('.') + 1))
                .put("size", file.bytes().length).put("mode", "hosted").put("is_external", false)
                .put("url_private", baseUrl() + "/files/" + file.id() + "/" + file.name())
                .put("url_private_download", baseUrl() + "/files/" + file.id() + "/download/" + file.name())
                .put("permalink", "https://cairn-test.slack.com/files/" + file.id());
        f.putObject("shares").putObject("public").putArray(file.channel()).addObject().put("ts", file.ts());
    }

    private void download(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String id = path.substring("/files/".length()).split("/")[0];
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        calls.add(new Call("download", Map.of("file", id), authorization));
        HostedFile file = files.get(id);
        if (file == null) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else if (file.signInPageOnly() || !authorization.equals("Bearer " + BOT_TOKEN)) {
            send(exchange, 200, "text/html; charset=utf-8", SIGN_IN_PAGE.getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, file.mimetype(), file.bytes());
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange);
        calls.add(new Call("respond", params, ""));
        send(exchange, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> params(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            params.putAll(form(query));
        }
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (type.startsWith("application/json") && !body.isBlank()) {
            JSON.readTree(body).properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
        } else if (!body.isBlank()) {
            params.putAll(form(body));
        }
        return params;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private static void json(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The Socket Mode server, started on first use. */
    synchronized FakeSocketMode socketMode() {
        if (socketMode == null) {
            socketMode = new FakeSocketMode();
            socketMode.setReuseAddr(true);
            socketMode.start();
            try {
                if (!socketMode.awaitStart(Duration.ofSeconds(10))) {
                    throw new IllegalStateException("the fake Socket Mode server did not start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return socketMode;
    }

    @Override
    public void close() {
        http.stop(0);
        synchronized (this) {
            if (socketMode != null) {
                try {
                    socketMode.stop(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
