package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolCalls;
import dev.cairn.core.port.ToolResult;
import dev.cairn.tools.http.HostPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpRequestToolTest {
    private static final String LOCAL = "127.0.0.1";

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService executor;
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOCAL), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        handle("/hello", exchange -> reply(exchange, 200, "text/plain; charset=utf-8", "hello from the runbook host"));
        handle("/echo", exchange -> reply(exchange, 201, "application/json", "{\"method\":\""
                + exchange.getRequestMethod() + "\",\"body\":\""
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + "\"}"));
        handle("/missing", exchange -> reply(exchange, 404, "text/plain", "no such page"));
        handle("/big", exchange -> reply(exchange, 200, "text/plain", "x".repeat(5_000)));
        handle("/to-hello", exchange -> redirect(exchange, "/hello"));
        handle("/to-other-host", exchange -> redirect(exchange, "http://localhost:" + port() + "/hello"));
        handle("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        handle("/loop", exchange -> redirect(exchange, "/loop"));
        handle("/see-other", exchange -> {
            exchange.getResponseHeaders().set("Location", "/echo");
            exchange.sendResponseHeaders(303, -1);
        });
        handle("/slow", exchange -> {
            awaitRelease();
            reply(exchange, 200, "text/plain", "too late");
        });
        server.start();
        base = "http://" + LOCAL + ":" + port();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void getsFromAllowedLocalServerWhenHostMayBePrivate() {
        ToolResult result = localTool().execute(call("GET", base + "/hello", null));

        assertThat(result).isEqualTo(ToolResult.ok(
                "HTTP 200\nContent-Type: text/plain; charset=utf-8\n\nhello from the runbook host"));
    }

    @Test
    void postsTheBody() {
        ToolResult result = localTool().execute(call("POST", base + "/echo", "restart please"));

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).startsWith("HTTP 201\nContent-Type: application/json")
                .contains("{\"method\":\"POST\",\"body\":\"restart please\"}");
    }

    @Test
    void errorStatusIsAFailedResultThatStillShowsTheResponse() {
        ToolResult result = localTool().execute(call("GET", base + "/missing", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).startsWith("HTTP 404").contains("no such page");
    }

    @Test
    void refusesLoopbackAddressWithoutAllowPrivate() {
        HttpRequestTool tool = new HttpRequestTool(Set.of(LOCAL), Set.of());

        ToolResult result = tool.execute(call("GET", base + "/hello", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("127.0.0.1 is a loopback address");
        assertThat(hits("/hello")).isZero();
    }

    @Test
    void refusesHostNotOnTheAllowList() {
        HttpRequestTool tool = new HttpRequestTool(Set.of("docs.example.com"), Set.of(LOCAL));

        ToolResult result = tool.execute(call("GET", base + "/hello", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("'127.0.0.1' is not on the allow-list");
        assertThat(hits("/hello")).isZero();
    }

    @Test
    void followsRedirectOnAnAllowedHost() {
        ToolResult result = localTool().execute(call("GET", base + "/to-hello", null));

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("hello from the runbook host");
    }

    @Test
    void refusesRedirectToHostNotOnTheAllowList() {
        ToolResult result = localTool().execute(call("GET", base + "/to-other-host", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("'localhost' is not on the allow-list");
        assertThat(hits("/hello")).isZero();
    }

    @Test
    void refusesRedirectToTheCloudMetadataAddressEvenWhenItsHostIsListed() {
        HttpRequestTool tool = new HttpRequestTool(Set.of(LOCAL, "169.254.169.254"), Set.of(LOCAL));

        ToolResult result = tool.execute(call("GET", base + "/to-metadata", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("169.254.169.254 is the cloud metadata address");
    }

    @Test
    void postRedirectedWithSeeOtherIsFollowedAsGetWithoutTheBody() {
        ToolResult result = localTool().execute(call("POST", base + "/see-other", "secret"));

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("{\"method\":\"GET\",\"body\":\"\"}");
    }

    @Test
    void stopsAfterThreeRedirects() {
        ToolResult result = localTool().execute(call("GET", base + "/loop", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("Too many redirects");
        assertThat(hits("/loop")).isEqualTo(4);
    }

    @Test
    void cutsOversizedResponseWithANote() {
        HttpRequestTool tool = new HttpRequestTool(
                new HostPolicy(Set.of(LOCAL), Set.of(LOCAL)), Duration.ofSeconds(5), 1_000);

        ToolResult result = tool.execute(call("GET", base + "/big", null));

        assertThat(result.ok()).isTrue();
        String body = result.content().substring(result.content().indexOf("\n\n") + 2);
        assertThat(body).isEqualTo("x".repeat(1_000) + "\n[Response cut at 1000 bytes.]");
    }

    @Test
    void slowServerGivesFailedResultWithinTheTimeout() {
        HttpRequestTool tool = new HttpRequestTool(
                new HostPolicy(Set.of(LOCAL), Set.of(LOCAL)), Duration.ofMillis(300), 1_000);
        long start = System.nanoTime();

        ToolResult result = tool.execute(call("GET", base + "/slow", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("No complete response within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void malformedJsonArgumentsGiveFailedResult() {
        ToolResult result = localTool()
                .execute(ToolCalls.fromWeb("{\"method\": \"GET\", \"url\": ", "U1", "C1", Set.of()));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("not valid JSON");
    }

    @Test
    void refusesMethodsOtherThanGetAndPost() {
        ToolResult result = localTool().execute(call("DELETE", base + "/hello", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("GET or POST");
        assertThat(hits("/hello")).isZero();
    }

    @Test
    void refusesNonHttpUrl() {
        ToolResult result = localTool().execute(call("GET", "file:///etc/passwd", null));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("Only http and https");
    }

    private HttpRequestTool localTool() {
        return new HttpRequestTool(Set.of(LOCAL), Set.of(LOCAL));
    }

    private static ToolCall call(String method, String url, String body) {
        String json = "{\"method\":\"" + method + "\",\"url\":\"" + url + "\""
                + (body == null ? "" : ",\"body\":\"" + body + "\"") + "}";
        return ToolCalls.fromWeb(json, "U1", "C1", Set.of());
    }

    private void handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            if (exchange.getRequestURI().getPath().equals(path)) {
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            }
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    private int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void awaitRelease() {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }
}
