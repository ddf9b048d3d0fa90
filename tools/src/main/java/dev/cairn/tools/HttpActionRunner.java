package dev.cairn.tools;

import dev.cairn.core.runbook.ActionRunner;
import dev.cairn.core.runbook.RunbookAction;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Runs approved runbook actions as the HTTP calls their configuration declares; {@code {{name}}} in the URL is
 * replaced by the URL-encoded parameter, in the body by its JSON-escaped value. The address is the operator's
 * configuration, not the model's, so no address policy applies.
 */
public final class HttpActionRunner implements ActionRunner {
    private final Map<String, Endpoint> endpoints;
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

    /** @param endpoints the call of each action, by action name */
    public HttpActionRunner(Map<String, Endpoint> endpoints, Duration timeout) {
        this.endpoints = Map.copyOf(endpoints);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Outcome run(RunbookAction action, Map<String, String> arguments) {
        Endpoint endpoint = endpoints.get(action.name());
        if (endpoint == null) {
            return new Outcome(false, "no HTTP call is configured for " + action.name());
        }
        String url = endpoint.url();
        String body = endpoint.body();
        for (Map.Entry<String, String> a : arguments.entrySet()) {
            url = url.replace("{{" + a.getKey() + "}}", URLEncoder.encode(a.getValue(), StandardCharsets.UTF_8));
            body = body.replace("{{" + a.getKey() + "}}", a.getValue().replace("\\", "\\\\").replace("\"", "\\\""));
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            if (endpoint.method().equals("POST")) {
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
