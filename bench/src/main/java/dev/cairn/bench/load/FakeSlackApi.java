package dev.cairn.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API on 127.0.0.1 as far as Cairn uses it for questions: {@code auth.test}, {@code conversations.info},
 * {@code chat.postMessage}, {@code chat.postEphemeral}, and the response URLs of slash commands
 * ({@code /respond/<channel>}). Every message posted goes to the {@link Ledger}; every other method answers ok.
 */
final class FakeSlackApi implements AutoCloseable {
    static final String BOT_USER = "ULOADBOT";
    static final String TEAM = "TLOAD";
    private final HttpServer server;
    private final ExecutorService threads;
    private final Ledger ledger;
    private final AtomicLong ts = new AtomicLong(1_800_000_000_000_000L);
    private final Map<String, AtomicLong> calls = new ConcurrentSkipListMap<>();

    FakeSlackApi(Ledger ledger, int threadCount) throws IOException {
        this.ledger = ledger;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        threads = Executors.newFixedThreadPool(threadCount, Daemons.named("fake-slack"));
        server.setExecutor(threads);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What {@code cairn.slack.api-url} points at. */
    String apiUrl() {
        return baseUrl() + "/api/";
    }

    String responseUrl(String channel) {
        return baseUrl() + "/respond/" + channel;
    }

    /** Calls so far by method ({@code respond} for response URLs). */
    Map<String, Long> calls() {
        Map<String, Long> counts = new LinkedHashMap<>();
        calls.forEach((method, n) -> counts.put(method, n.get()));
        return counts;
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        count(method);
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String channel = params.getOrDefault("channel", "");
        String body = switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://cairn-load.slack.com/\",\"team\":\"Cairn Load\","
                    + "\"user\":\"cairn\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER
                    + "\",\"bot_id\":\"BLOAD\"}";
            case "conversations.info" -> "{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\",\"name\":\"load-"
                    + channel.toLowerCase() + "\"}}";
            case "chat.postMessage", "chat.postEphemeral" -> {
                ledger.posted(channel, params.getOrDefault("thread_ts", ""),
                        params.getOrDefault("text", "") + "\n" + params.getOrDefault("blocks", ""));
                yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + nextTs() + "\",\"message_ts\":\""
                        + nextTs() + "\"}";
            }
            default -> "{\"ok\":true}";
        };
        send(exchange, "application/json; charset=utf-8", body);
    }

    private void respond(HttpExchange exchange) throws IOException {
        count("respond");
        String channel = exchange.getRequestURI().getPath().substring("/respond/".length());
        ledger.posted(channel, "", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        send(exchange, "text/plain", "ok");
    }

    private String nextTs() {
        long micros = ts.addAndGet(1);
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    /** Form parameters; a JSON body (no {@code =} before its first brace) is kept whole as {@code text}. */
    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.startsWith("{")) {
            params.put("text", body);
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
