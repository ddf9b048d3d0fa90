package dev.cairn.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A client of Cairn's HTTP API as a user's script would call it, over a real socket. */
final class Api {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String apiKey;
    private String language;

    Api(String base) {
        this.base = base;
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    String base() {
        return base;
    }

    Api withKey(String key) {
        Api api = new Api(base);
        api.apiKey = key;
        api.language = language;
        return api;
    }

    /** This client, sending {@code Accept-Language: tag} as the web page does for its chosen language. */
    Api withLanguage(String tag) {
        Api api = new Api(base);
        api.apiKey = apiKey;
        api.language = tag;
        return api;
    }

    /** A response: status, content type and body text. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Reply ask(String user, String query) {
        return postJson("/api/v1/chat", JSON.writeValueAsString(Map.of("user", user, "query", query)));
    }

    Reply postJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply putJson(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply streamChat(String user, String query) {
        return send(request("/api/v1/chat").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("user", user, "query", query)))));
    }

    /** A question in an explicit conversation, answered as JSON. */
    Reply ask(String user, String query, String conversationId) {
        return postJson("/api/v1/chat", JSON.writeValueAsString(Map.of("user", user, "query", query,
                "conversation_id", conversationId)));
    }

    /** A question in an explicit conversation, answered as server-sent events. */
    Reply streamChat(String user, String query, String conversationId) {
        return send(request("/api/v1/chat").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("user", user, "query", query,
                        "conversation_id", conversationId)))));
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Uploads files in one multipart request, each under the field {@code files}. */
    Reply upload(Map<String, byte[]> files) {
        String boundary = "cairn-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return send(request("/api/v1/knowledge/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
