package dev.cairn.knowledge.opensearch;

import dev.cairn.core.port.KnowledgeException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson3.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON requests to one OpenSearch cluster through the opensearch-java client (Apache HttpClient 5 transport, Jackson
 * 3 mapper). Every transport failure or error status becomes a {@link KnowledgeException} naming the address and
 * OpenSearch's reason; {@link #call} lets callers read chosen error statuses (404, 409) themselves.
 */
final class OpenSearchHttp implements Closeable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final String url;
    private final OpenSearchTransport transport;
    private final OpenSearchGenericClient client;

    OpenSearchHttp(OpenSearchSettings settings) {
        this.url = settings.url();
        HttpHost host;
        try {
            host = HttpHost.create(URI.create(settings.url()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an OpenSearch address: " + settings.url(), e);
        }
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper());
        if (!settings.username().isEmpty()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(settings.username(),
                    settings.password().toCharArray()));
            builder.setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentials));
        }
        this.transport = builder.build();
        this.client = new OpenSearchClient(transport).generic();
    }

    String url() {
        return url;
    }

    /** A status and the parsed body (an empty object when there is none). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** Sends a request and returns whatever status comes back; throws only when the cluster cannot be reached. */
    Reply call(String method, String path, Optional<Object> body, Map<String, String> query) {
        var request = Requests.builder().method(method).endpoint(path).query(query);
        body.ifPresent(b -> request.json(b instanceof String s ? s : JSON.writeValueAsString(b)));
        try (Response response = client.execute(request.build())) {
            Optional<Body> content = response.getBody();
            JsonNode parsed = content.isEmpty() ? JSON.createObjectNode() : JSON.readTree(content.get().bodyAsBytes());
            return new Reply(response.getStatus(), parsed);
        } catch (ResponseException e) {
            return new Reply(e.status(), errorBody(e));
        } catch (IOException | RuntimeException e) {
            throw new StoreUnreachableException("OpenSearch at " + url + " could not be reached (" + method + " " + path
                    + "): " + e.getMessage(), e);
        }
    }

    /** Sends a request and returns the body of a 2xx reply; throws naming OpenSearch's reason otherwise. */
    JsonNode send(String method, String path, Object body, Map<String, String> query) {
        Reply reply = call(method, path, Optional.ofNullable(body), query);
        if (!reply.ok()) {
            throw OpenSearchHttp.failure("OpenSearch at " + url + " refused " + method + " " + path + " ("
                    + reply.status() + "): " + reason(reply.body()));
        }
        return reply.body();
    }

    JsonNode send(String method, String path, Object body) {
        return send(method, path, body, Map.of());
    }

    /** Sends newline-delimited JSON (bulk, msearch). */
    JsonNode sendLines(String path, String lines, Map<String, String> query) {
        var request = Requests.builder().method("POST").endpoint(path).query(query)
                .body(Body.from(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson"));
        try (Response response = client.execute(request.build())) {
            JsonNode parsed = response.getBody().isEmpty() ? JSON.createObjectNode()
                    : JSON.readTree(response.getBody().get().bodyAsBytes());
            if (response.getStatus() < 200 || response.getStatus() >= 300) {
                throw OpenSearchHttp.failure("OpenSearch at " + url + " refused POST " + path + " ("
                        + response.getStatus() + "): " + reason(parsed));
            }
            return parsed;
        } catch (ResponseException e) {
            throw failure("OpenSearch at " + url + " refused POST " + path + " (" + e.status() + "): "
                    + reason(errorBody(e)), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof KnowledgeException k) {
                throw k;
            }
            throw new StoreUnreachableException("OpenSearch at " + url + " could not be reached (POST " + path + "): "
                    + e.getMessage(), e);
        }
    }

    /** The body of an error reply, which the transport puts after the status line of its message; {} if none. */
    private static JsonNode errorBody(ResponseException e) {
        String message = String.valueOf(e.getMessage());
        int body = message.indexOf("\n{");
        if (body >= 0) {
            try {
                return JSON.readTree(message.substring(body + 1));
            } catch (RuntimeException notJson) {
                // an empty object below
            }
        }
        return JSON.createObjectNode();
    }

    static KnowledgeException failure(String message) {
        return new KnowledgeException(message, null);
    }

    static KnowledgeException failure(String message, Throwable cause) {
        return new KnowledgeException(message, cause);
    }

    static String reason(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isObject()) {
            return error.path("type").asString("") + ": " + error.path("reason").asString("");
        }
        return error.isMissingNode() ? body.toString() : error.asString("");
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
