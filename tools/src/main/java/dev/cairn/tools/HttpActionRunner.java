package dev.cairn.tools;

import dev.cairn.core.runbook.ActionRunner;
import dev.cairn.core.runbook.RunbookAction;
import dev.cairn.tools.runbook.JsonBodyTemplate;
import dev.cairn.tools.runbook.UrlTemplate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs approved runbook actions as the HTTP calls their configuration declares. The URL and the body are filled in
 * one pass each, so a value can never bring in another {@code {{placeholder}}}: in the URL ({@link UrlTemplate}) a
 * value is percent-encoded and stays in its path segment or query value; in the body ({@link JsonBodyTemplate},
 * which must be JSON with placeholders inside string values) it is written by Jackson as string content. The address
 * is the operator's configuration, not the model's (a placeholder may not stand in the scheme or host), so no address
 * policy applies. Templates are checked when the runner is built: a bad one stops startup naming the action.
 */
public final class HttpActionRunner implements ActionRunner {
    private final Map<String, Call> calls = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Duration timeout;

    /** The HTTP call of one action. */
    public record Endpoint(String method, String url, String body) {
        public Endpoint {
            method = method == null || method.isBlank() ? "POST" : method.strip().toUpperCase(java.util.Locale.ROOT);
            if (!method.equals("GET") && !method.equals("POST")) {
                throw new IllegalArgumentException("a runbook's method must be GET or POST, was " + method);
            }
            Objects.requireNonNull(url, "url");
            body = body == null ? "" : body;
        }
    }

    /** An endpoint with its templates read. */
    private record Call(String method, UrlTemplate url, Optional<JsonBodyTemplate> body) {
    }

    /**
     * @param endpoints the call of each action, by action name
     * @throws IllegalArgumentException naming the action when its URL or body template is invalid
     */
    public HttpActionRunner(Map<String, Endpoint> endpoints, Duration timeout) {
        endpoints.forEach((name, endpoint) -> {
            try {
                calls.put(name, new Call(endpoint.method(), UrlTemplate.parse(endpoint.url()),
                        JsonBodyTemplate.parse(endpoint.body())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cairn.runbooks.actions: " + name + ": " + e.getMessage(), e);
            }
        });
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Outcome run(RunbookAction action, Map<String, String> arguments) {
        Call call = calls.get(action.name());
        if (call == null) {
            return new Outcome(false, "no HTTP call is configured for " + action.name());
        }
        URI url;
        String body;
        try {
            url = call.url().fill(arguments);
            body = call.body().map(template -> template.fill(arguments)).orElse("");
        } catch (IllegalArgumentException e) {
            return new Outcome(false, "refused: " + e.getMessage());
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout);
            if (call.method().equals("POST")) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null ? "" : response.body().strip();
            String summary = "HTTP " + response.statusCode() + (text.isEmpty() ? ""
                    : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text));
            return new Outcome(response.statusCode() < 400, summary);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(false, "the call failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
