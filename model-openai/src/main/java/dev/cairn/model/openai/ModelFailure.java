package dev.cairn.model.openai;

import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why one try at the model failed, said for an operator (the HTTP status and the server's own words, never the key),
 * and whether trying again can help: timeouts, connection errors, 429 and 5xx can; any other status or an unusable
 * answer cannot.
 *
 * @param kind   what went wrong
 * @param status the HTTP status, 0 when there was none
 * @param detail the server's message or the error's, without the key; may be empty
 */
record ModelFailure(Kind kind, int status, String detail) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY_LIKE = Pattern.compile("\\bsk-[A-Za-z0-9_*.\\-]{3,}");
    private static final int MAX_DETAIL = 200;

    /** What kind of failure. */
    enum Kind { HTTP, TIMEOUT, CONNECTION, UNUSABLE }

    ModelFailure {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** A timeout Cairn itself enforced: the answer's budget ran out. */
    static ModelFailure budgetSpent(long millis) {
        return new ModelFailure(Kind.TIMEOUT, 0, "no answer within " + millis + " ms");
    }

    /** An answer Cairn cannot use, such as an empty one. */
    static ModelFailure unusable(String why) {
        return new ModelFailure(Kind.UNUSABLE, 0, why);
    }

    /** Classifies an error LangChain4j reported; {@code apiKey} is removed from anything the server said. */
    static ModelFailure of(Throwable error, String apiKey) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return new ModelFailure(Kind.HTTP, http.statusCode(), redact(serverMessage(http.getMessage()),
                        apiKey));
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException && !(t instanceof java.net.http.HttpConnectTimeoutException)
                    || t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return new ModelFailure(Kind.TIMEOUT, 0, "");
            }
            if (t instanceof ConnectException || t instanceof java.net.http.HttpConnectTimeoutException
                    || t instanceof UnresolvedAddressException
                    || t instanceof dev.langchain4j.exception.UnresolvedModelServerException
                    || t instanceof IOException) {
                return new ModelFailure(Kind.CONNECTION, 0, redact(t.getClass().getSimpleName()
                        + (t.getMessage() == null ? "" : ": " + t.getMessage()), apiKey));
            }
        }
        return new ModelFailure(Kind.UNUSABLE, 0, redact(String.valueOf(error.getMessage()), apiKey));
    }

    /** Whether another try may succeed. */
    boolean retryable() {
        return switch (kind) {
            case TIMEOUT, CONNECTION -> true;
            case HTTP -> status == 408 || status == 429 || status >= 500;
            case UNUSABLE -> false;
        };
    }

    /** For a log line: {@code HTTP 401 (invalid api key)}, {@code timed out}, {@code connection failed (…)}. */
    String describe() {
        String head = switch (kind) {
            case HTTP -> "HTTP " + status;
            case TIMEOUT -> "timed out";
            case CONNECTION -> "connection failed";
            case UNUSABLE -> "unusable answer";
        };
        return detail.isEmpty() ? head : head + " (" + detail + ")";
    }

    /** The message of an OpenAI-style error body ({@code {"error": {"message": …}}}), else the body, shortened. */
    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            for (JsonNode candidate : new JsonNode[] {error.path("message"), error, root.path("message"),
                    root.path("detail")}) {
                if (candidate.isString() && !candidate.asString().isBlank()) {
                    return shorten(candidate.asString());
                }
            }
        } catch (RuntimeException notJson) {
            // an HTML page from a proxy, plain text: shown shortened below
        }
        return shorten(body.replaceAll("<[^>]*>", " "));
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL) + "…";
    }

    private static String redact(String text, String apiKey) {
        // shorter "keys" are placeholders for servers that want none ("ollama"), not secrets
        String clean = apiKey == null || apiKey.length() < 8 ? text : text.replace(apiKey, "(key)");
        return KEY_LIKE.matcher(clean).replaceAll("sk-(hidden)");
    }
}
