package dev.cairn.model.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 for tests: replays scripted responses in order
 * (streamed as server-sent chunks, or an HTTP error, or a stall), and records every request body. Past the script it
 * answers HTTP 500, or, made by {@link #answeringAfter}, the same text after a delay to every request at once.
 */
public final class FakeOpenAi implements AutoCloseable {
    private final HttpServer server;
    private final ConcurrentLinkedDeque<Response> script = new ConcurrentLinkedDeque<>();
    /** What every request past the script gets: a slow answer, or (null) HTTP 500. */
    private volatile SlowAnswer beyondScript;
    public final List<String> requests = new CopyOnWriteArrayList<>();
    /** When each request arrived ({@link System#nanoTime()}), in order. */
    public final List<Long> arrivals = new CopyOnWriteArrayList<>();

    /** One scripted response. */
    public sealed interface Response permits Text, ToolCall, Failure, Stall {
    }

    /** Asks for one tool call: the function's name and its arguments as JSON text. */
    public record ToolCall(String id, String name, String arguments) implements Response {
    }

    /** Streams {@code chunks} as content deltas, {@code pause} apart (so a client sees them arrive), then the usage. */
    public record Text(List<String> chunks, int promptTokens, int completionTokens, Duration pause) implements Response {
        public Text(List<String> chunks, int promptTokens, int completionTokens) {
            this(chunks, promptTokens, completionTokens, Duration.ZERO);
        }
    }

    /** Answers with this HTTP status and an OpenAI-style error body carrying {@code message}. */
    public record Failure(int status, String message) implements Response {
        public Failure(int status) {
            this(status, "scripted failure");
        }
    }

    /** Accepts the request and says nothing for this long. */
    public record Stall(long millis) implements Response {
    }

    public FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /**
     * A model that waits {@code delay} over every request, however many arrive at once, then streams {@code answer}:
     * for questions that must still be in flight when something happens.
     */
    public static FakeOpenAi answeringAfter(Duration delay, String answer) throws IOException {
        FakeOpenAi model = new FakeOpenAi();
        model.beyondScript = new SlowAnswer(delay, new Text(List.of(answer), 100, 12));
        return model;
    }

    private record SlowAnswer(Duration delay, Text text) {
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public FakeOpenAi then(Response response) {
        script.add(response);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        arrivals.add(System.nanoTime());
        requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Response next = script.poll();
        SlowAnswer slow = beyondScript;
        try (exchange) {
            if (next == null && slow != null) {
                Thread.sleep(slow.delay().toMillis());
                next = slow.text();
            }
            if (next == null || next instanceof Failure) {
                Failure failure = next == null ? new Failure(500) : (Failure) next;
                byte[] body = ("{\"error\":{\"message\":\"" + failure.message().replace("\"", "\\\"")
                        + "\",\"type\":\"server_error\"}}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(failure.status(), body.length);
                exchange.getResponseBody().write(body);
            } else if (next instanceof Stall stall) {
                Thread.sleep(stall.millis());
            } else if (next instanceof ToolCall call) {
                streamToolCall(exchange, call);
            } else {
                stream(exchange, (Text) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    private static void stream(HttpExchange exchange, Text text) throws IOException, InterruptedException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        boolean first = true;
        for (String chunk : text.chunks()) {
            if (!first) {
                Thread.sleep(text.pause().toMillis());
            }
            first = false;
            String json = chunk.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + json + "\"},\"finish_reason\":null}]}");
        }
        send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
        send(out, "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":" + text.promptTokens() + ",\"completion_tokens\":"
                + text.completionTokens() + ",\"total_tokens\":" + (text.promptTokens() + text.completionTokens())
                + "}}");
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void streamToolCall(HttpExchange exchange, ToolCall call) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String arguments = call.arguments().replace("\\", "\\\\").replace("\"", "\\\"");
        send(out, "{\"id\":\"c2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,"
                + "\"id\":\"" + call.id() + "\",\"type\":\"function\",\"function\":{\"name\":\"" + call.name()
                + "\",\"arguments\":\"" + arguments + "\"}}]},\"finish_reason\":null}]}");
        send(out, "{\"id\":\"c2\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}],"
                + "\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":7,\"total_tokens\":57}}");
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
    }
}
