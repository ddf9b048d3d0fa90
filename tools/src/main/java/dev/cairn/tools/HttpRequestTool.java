package dev.cairn.tools;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import dev.cairn.tools.ToolArguments.InvalidToolArguments;
import dev.cairn.tools.http.DestinationRefused;
import dev.cairn.tools.http.HostPolicy;
import dev.cairn.tools.http.LimitedBodySubscriber;
import dev.cairn.tools.http.LimitedBodySubscriber.Body;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@code http_request} tool: a GET or POST to an allowed host, following at most three redirects, each hop
 * checked by the {@link HostPolicy}; refusals, timeouts and network errors come back as failed results, a response
 * over the size limit is cut with a note.
 */
public final class HttpRequestTool implements Tool {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024;
    private static final int MAX_REDIRECTS = 3;

    private final HostPolicy policy;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final HttpClient client;

    /** A tool for the allowed hosts, with the default time and size limits. */
    public HttpRequestTool(Set<String> allowedHosts, Set<String> allowPrivateHosts) {
        this(new HostPolicy(allowedHosts, allowPrivateHosts), DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** @param timeout the whole budget of one call (connecting, redirects and reading included) */
    public HttpRequestTool(HostPolicy policy, Duration timeout, int maxResponseBytes) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        // Why check-then-send rather than connecting to the checked address: pinning the IP would break TLS host
        // name checks and SNI, and Java 17 has no resolver hook for HttpClient. The policy resolves through
        // InetAddress, whose positive cache (networkaddress.cache.ttl, 30 s by default) the client's own lookup hits
        // a moment later, so it connects to the address that was checked. Keep that TTL above zero. No proxy, so
        // no one else resolves the name; redirects are followed here so every hop is checked.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    @Override
    public String name() {
        return "http_request";
    }

    @Override
    public String description() {
        return "Sends a GET or POST request to an allowed web host and returns the status, content type and body"
                + " (cut at " + maxResponseBytes / 1024 + " KB). Internal addresses are refused.";
    }

    @Override
    public String parametersSchema() {
        return """
                {"type":"object","properties":{\
                "method":{"type":"string","enum":["GET","POST"]},\
                "url":{"type":"string","description":"An http or https URL on an allowed host"},\
                "body":{"type":"string","description":"The request body, POST only"}},\
                "required":["method","url"],"additionalProperties":false}""";
    }

    @Override
    public ToolResult execute(ToolCall call) {
        String method;
        URI uri;
        Optional<String> body;
        try {
            ToolArguments arguments = ToolArguments.parse(call.arguments());
            method = arguments.requiredString("method").toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("POST")) {
                return ToolResult.failed("The method must be GET or POST, not " + method + ".");
            }
            uri = new URI(arguments.requiredString("url").strip());
            body = arguments.optionalString("body");
            if (body.isPresent() && method.equals("GET")) {
                return ToolResult.failed("A body can only be sent with POST.");
            }
        } catch (InvalidToolArguments e) {
            return ToolResult.failed(e.getMessage());
        } catch (URISyntaxException e) {
            return ToolResult.failed("The url is not a valid URL: " + e.getMessage());
        }
        try {
            return follow(method, uri, body);
        } catch (DestinationRefused e) {
            return ToolResult.failed("Refused: " + e.getMessage());
        } catch (TimeoutException e) {
            return ToolResult.failed("No complete response within " + timeout.toMillis() + " ms.");
        } catch (IOException | RuntimeException e) {
            return ToolResult.failed("The request failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResult.failed("The request was interrupted.");
        }
    }

    private ToolResult follow(String method, URI start, Optional<String> body)
            throws DestinationRefused, TimeoutException, IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = start;
        for (int hop = 0; ; hop++) {
            policy.check(uri);
            HttpResponse<Body> response = send(method, uri, body, deadline);
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(response.statusCode()) || location.isEmpty()) {
                return render(response);
            }
            if (hop == MAX_REDIRECTS) {
                return ToolResult.failed("Too many redirects (more than " + MAX_REDIRECTS + ").");
            }
            try {
                uri = uri.resolve(new URI(location.get()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return ToolResult.failed("The server redirected to an invalid URL: " + location.get());
            }
            int status = response.statusCode();
            if (status == 303 || ((status == 301 || status == 302) && method.equals("POST"))) {
                method = "GET";
                body = Optional.empty();
            }
        }
    }

    private HttpResponse<Body> send(String method, URI uri, Optional<String> body, long deadline)
            throws TimeoutException, IOException, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutException();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", "Cairn http_request tool")
                .method(method, body.map(b -> BodyPublishers.ofString(b, StandardCharsets.UTF_8))
                        .orElse(BodyPublishers.noBody()))
                .build();
        CompletableFuture<HttpResponse<Body>> pending =
                client.sendAsync(request, info -> new LimitedBodySubscriber(maxResponseBytes));
        try {
            return pending.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException();
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private ToolResult render(HttpResponse<Body> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        Body body = response.body();
        StringBuilder text = new StringBuilder()
                .append("HTTP ").append(response.statusCode()).append('\n')
                .append("Content-Type: ").append(contentType.isEmpty() ? "(none)" : contentType).append("\n\n");
        if (isText(contentType)) {
            text.append(new String(body.bytes(), charset(contentType)));
        } else {
            text.append("[").append(body.bytes().length).append(" bytes of ").append(contentType)
                    .append(" not shown]");
        }
        if (body.truncated()) {
            text.append("\n[Response cut at ").append(maxResponseBytes).append(" bytes.]");
        }
        return new ToolResult(response.statusCode() < 400, text.toString());
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.contains("x-www-form-urlencoded");
    }

    private static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
                try {
                    return Charset.forName(pair[1].replace("\"", "").strip());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
