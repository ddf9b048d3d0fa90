package dev.cairn.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 that answers every request after a fixed delay, streamed
 * as server-sent chunks. The answer carries the answer token of the question's reference ({@link Tokens}), so that
 * a delivered answer names the asker it was written for. Counts requests, the most in flight at once, and requests
 * whose prompt held references of more than one asker (a prompt mixed up between askers).
 */
final class FakeModel implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final Tokens tokens;
    private final long delayMillis;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong mixedPrompts = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    FakeModel(Tokens tokens, long delayMillis, int maxConcurrent) throws IOException {
        this.tokens = tokens;
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1000);
        threads = Executors.newFixedThreadPool(maxConcurrent, Daemons.named("fake-model"));
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    long requests() {
        return requests.get();
    }

    long mixedPrompts() {
        return mixedPrompts.get();
    }

    /** The most requests in flight at once since the last call (or since the start). */
    int takeMostInFlight() {
        return mostInFlight.getAndSet(inFlight.get());
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.incrementAndGet();
            var asked = tokens.questionIds(body);
            if (asked.size() > 1) {
                mixedPrompts.incrementAndGet();
            }
            Thread.sleep(delayMillis);
            String answer = asked.isEmpty() ? "The passages do not say."
                    : "Travel meals are covered up to the daily allowance [1]. " + tokens.answer(asked.iterator().next())
                    + ".";
            stream(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // Cairn gave up on this answer (its timeout): nothing more to send
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void stream(HttpExchange exchange, String answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String json = answer.replace("\\", "\\\\").replace("\"", "\\\"");
        send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"" + json
                + "\"},\"finish_reason\":null}]}");
        send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":200,\"completion_tokens\":20,\"total_tokens\":220}}");
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void send(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
