package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.core.runbook.ActionRunner.Outcome;
import dev.cairn.core.runbook.RunbookAction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HttpActionRunnerTest {
    private static final RunbookAction RESTART = new RunbookAction("restart-service", "Restarts one service.",
            List.of("service", "reason"), Set.of("U_OPS"));

    /** A request the fake ops endpoint received. */
    private record Hit(String method, String rawPath, String rawQuery, String body) {
    }

    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void startOpsEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.add(new Hit(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "restarted".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpActionRunner runner(String url, String body) {
        return new HttpActionRunner(Map.of("restart-service", new HttpActionRunner.Endpoint("POST", url, body)),
                Duration.ofSeconds(5));
    }

    private HttpActionRunner restartRunner() {
        return runner(base + "/restart/{{service}}?reason={{reason}}",
                "{\"service\":\"{{service}}\",\"reason\":\"{{reason}}\"}");
    }

    @Test
    void postsTheFilledUrlAndBody() {
        Outcome outcome = restartRunner().run(RESTART, Map.of("service", "api", "reason", "stuck"));

        assertThat(outcome).isEqualTo(new Outcome(true, "HTTP 200: restarted"));
        assertThat(hits).containsExactly(new Hit("POST", "/restart/api", "reason=stuck",
                "{\"service\":\"api\",\"reason\":\"stuck\"}"));
    }

    @Test
    void aValueNamingAnotherPlaceholderIsSentAsLiteralTextEverywhere() {
        restartRunner().run(RESTART, Map.of("service", "{{reason}}", "reason", "stuck"));

        Hit hit = hits.get(0);
        assertThat(hit.rawPath()).isEqualTo("/restart/%7B%7Breason%7D%7D");
        assertThat(JsonMapper.builder().build().readTree(hit.body()).get("service").stringValue())
                .isEqualTo("{{reason}}");
    }

    @Test
    void aValueBreakingOutOfItsJsonStringStaysInsideIt() {
        String attack = "a\",\"admin\":true,\"x\":\"";

        restartRunner().run(RESTART, Map.of("service", "api", "reason", attack));

        JsonNode body = JsonMapper.builder().build().readTree(hits.get(0).body());
        assertThat(body.propertyNames()).containsExactly("service", "reason");
        assertThat(body.get("reason").stringValue()).isEqualTo(attack);
        assertThat(body.has("admin")).isFalse();
    }

    @Test
    void aPathTraversalValueReachesTheServerAsOneEncodedSegment() {
        restartRunner().run(RESTART, Map.of("service", "../../admin?x=1", "reason", "a&admin=true"));

        assertThat(hits).extracting(Hit::rawPath).containsExactly("/restart/..%2F..%2Fadmin%3Fx%3D1");
        assertThat(hits).extracting(Hit::rawQuery).containsExactly("reason=a%26admin%3Dtrue");
    }

    @Test
    void aDotSegmentValueIsRefusedAndNothingIsSent() {
        Outcome outcome = restartRunner().run(RESTART, Map.of("service", "..", "reason", "x"));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.summary()).startsWith("refused:").contains("'..'");
        assertThat(hits).isEmpty();
    }

    @Test
    void aPlaceholderWithoutAnArgumentFailsAndNothingIsSent() {
        Outcome outcome = runner(base + "/restart/{{service}}", "{\"who\":\"{{approver}}\"}")
                .run(RESTART, Map.of("service", "api", "reason", "x"));

        assertThat(outcome).isEqualTo(new Outcome(false, "refused: no value for {{approver}}"));
        assertThat(hits).isEmpty();
    }

    @Test
    void badTemplatesStopConstructionNamingTheAction() {
        assertThatThrownBy(() -> runner("http://{{host}}/restart", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cairn.runbooks.actions: restart-service: ");
        assertThatThrownBy(() -> runner(base + "/restart", "{\"n\": {{n}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cairn.runbooks.actions: restart-service: the body must be JSON");
    }

    @Test
    void anActionWithoutAConfiguredCallFails() {
        Outcome outcome = restartRunner().run(new RunbookAction("other", "", List.of(), Set.of("U_OPS")), Map.of());

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.summary()).isEqualTo("no HTTP call is configured for other");
        assertThat(hits).isEmpty();
    }
}
