package dev.cairn.app.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends files to a running Cairn through {@code POST /api/v1/knowledge/files}, one file per request, with
 * {@code Authorization: Bearer KEY} when a key is given; throws {@link Unreachable} when the server cannot be reached
 * or refuses the key, and turns any other refused request into a rejected {@link Result}.
 */
final class KnowledgeApiClient {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Optional<String> apiKey;
    private final Duration timeout;

    /** The server could not be reached, or it refused every request (a wrong or missing API key). */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the server said about one file: status {@code indexed}, {@code duplicate} or {@code rejected}. */
    record Result(String name, String status, int passages, String code, String message) {
        Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            code = code == null ? "" : code;
            message = message == null ? "" : message;
        }

        static Result rejected(String name, String code, String message) {
            return new Result(name, "rejected", 0, code, message);
        }

        /** Whether the server holds the file now (indexed now or before). */
        boolean accepted() {
            return status.equals("indexed") || status.equals("duplicate");
        }
    }

    KnowledgeApiClient(URI base, Optional<String> apiKey, Duration timeout) {
        this.base = Objects.requireNonNull(base, "base");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey").filter(k -> !k.isBlank());
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Asks for the document list, to learn before sending anything whether the server answers and takes the key. */
    void check() throws Unreachable {
        HttpResponse<String> response = send(request("/api/v1/knowledge/documents").GET().build());
        if (response.statusCode() != 200) {
            throw new Unreachable("Cairn at " + base + " answered " + response.statusCode() + describe(response)
                    + (response.statusCode() == 401 ? " (set CAIRN_API_KEY to one of its web API keys)" : ""), null);
        }
    }

    /** Uploads one file under {@code name}; the server's result for it, or a rejection when the request failed. */
    Result upload(Path file, String name) throws Unreachable {
        String boundary = "cairn-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + quoted(name) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.BodyPublisher body;
        try {
            body = HttpRequest.BodyPublishers.concat(
                    HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
                    HttpRequest.BodyPublishers.ofFile(file),
                    HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
        } catch (FileNotFoundException e) {
            return Result.rejected(name, "not_read", "The file could not be read here: " + e.getMessage());
        }
        HttpResponse<String> response = send(request("/api/v1/knowledge/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new Unreachable("Cairn at " + base + " refused the upload: " + response.statusCode()
                    + describe(response), null);
        }
        if (response.statusCode() != 200) {
            return Result.rejected(name, errorCode(response), "HTTP " + response.statusCode() + describe(response));
        }
        try {
            JsonNode files = JSON.readTree(response.body()).path("files");
            List<Result> results = new ArrayList<>();
            for (JsonNode f : files) {
                results.add(new Result(f.path("name").asString(name), f.path("status").asString("rejected"),
                        f.path("passages").asInt(0), f.path("error").path("code").asString(""),
                        f.path("error").path("message").asString("")));
            }
            return results.size() == 1 ? results.get(0)
                    : Result.rejected(name, "bad_response", "The server reported " + results.size() + " files for one.");
        } catch (JacksonException e) {
            return Result.rejected(name, "bad_response", "The server's answer was not JSON.");
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws Unreachable {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable("cannot reach Cairn at " + base + ": " + reason(e)
                    + " (is it running? pass its address with --url)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while talking to Cairn at " + base, e);
        }
    }

    /** The first message in the cause chain; HttpClient's ConnectException has none of its own. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e instanceof java.net.ConnectException ? "connection refused" : e.getClass().getSimpleName();
    }

    private static String errorCode(HttpResponse<String> response) {
        try {
            String code = JSON.readTree(response.body()).path("error").path("code").asString("");
            return code.isEmpty() ? "http_" + response.statusCode() : code;
        } catch (JacksonException e) {
            return "http_" + response.statusCode();
        }
    }

    /** The server's error message, if its answer carries one: ": message". */
    private static String describe(HttpResponse<String> response) {
        try {
            String message = JSON.readTree(response.body()).path("error").path("message").asString("");
            return message.isEmpty() ? "" : ": " + message;
        } catch (JacksonException e) {
            return "";
        }
    }

    /** A file name inside a quoted header parameter, escaped as browsers do (quote and line breaks). */
    static String quoted(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
