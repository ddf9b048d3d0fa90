package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.web.WebIdentity;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web API's guard over a real socket: keys by name, loopback mode refusing what a proxy forwarded, the Prometheus
 * endpoint guarded and health open, and the startup line that says which mode is in force.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    @TempDir
    Path dataDir;

    /** Answers with the identity the filter gave the request, as a controller would read it. */
    @RestController
    static class WhoAmI {
        @GetMapping("/api/test/whoami")
        Map<String, String> whoami(HttpServletRequest request) {
            return Map.of("identity", WebIdentity.of(request).map(name -> "web:" + name).orElse("(none)"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WithWhoAmI {
        @Bean
        WhoAmI whoAmI() {
            return new WhoAmI();
        }
    }

    @Test
    void withAKeySetEveryApiCallNeedsIt() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.web.api-key=s3cret-key")) {
            Api.Reply none = cairn.api.ask("ann", "help");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.json().get("error").get("code").asString()).isEqualTo("unauthorized");
            assertThat(none.body()).doesNotContain("s3cret-key");

            assertThat(cairn.api.withKey("wrong").get("/api/v1/knowledge/documents").status()).isEqualTo(401);
            assertThat(cairn.api.withKey("s3cret-key").get("/api/v1/knowledge/documents").status()).isEqualTo(200);
            assertThat(cairn.api.withKey("s3cret-key").ask("ann", "help").status()).isEqualTo(200);
            assertThat(cairn.api.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void eachNamedKeyActsAsWebNameAndTheSingleKeyAsWebApi(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = RunningCairn.context(dataDir, List.of(
                "cairn.web.api-key=single-0a1b2c3d", "cairn.web.api-keys.ci=ci-9f8e7d6c",
                "cairn.web.api-keys.ann=ann-5a4b3c2d"), WithWhoAmI.class)) {
            String base = "http://127.0.0.1:" + RunningCairn.port(context);

            assertThat(get(base + "/api/test/whoami", "Authorization", "Bearer ci-9f8e7d6c").body())
                    .isEqualTo("{\"identity\":\"web:ci\"}");
            assertThat(get(base + "/api/test/whoami", "Authorization", "Bearer ann-5a4b3c2d").body())
                    .isEqualTo("{\"identity\":\"web:ann\"}");
            assertThat(get(base + "/api/test/whoami", "Authorization", "Bearer single-0a1b2c3d").body())
                    .isEqualTo("{\"identity\":\"web:api\"}");
            for (String wrong : List.of("ci-9f8e7d6", "ci-9f8e7d6c0", "CI-9F8E7D6C", "ann-5a4b3c2dci-9f8e7d6c")) {
                HttpResponse<String> refused = get(base + "/api/test/whoami", "Authorization", "Bearer " + wrong);
                assertThat(refused.statusCode()).as(wrong).isEqualTo(401);
                assertThat(refused.body()).contains("\"code\":\"unauthorized\"").doesNotContain("9f8e7d6c", "5a4b3c2d");
            }

            assertThat(output.getAll()).contains("web API keys required for /api/** and /actuator/prometheus; keys: "
                    + "api, ann, ci").doesNotContain("0a1b2c3d", "9f8e7d6c", "5a4b3c2d");
        }
    }

    @Test
    void withAKeyPrometheusNeedsItAndHealthStaysOpen() throws Exception {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.web.api-keys.monitor=mon-77aa88bb")) {
            Api.Reply anonymous = cairn.api.get("/actuator/prometheus");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("error").get("message").asString()).contains("Authorization: Bearer");
            assertThat(cairn.api.get("/actuator").status()).isEqualTo(401);
            assertThat(cairn.api.withKey("mon-77aa88bb").get("/actuator/prometheus").body())
                    .contains("jvm_memory_used_bytes");
            assertThat(cairn.api.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(cairn.api.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(cairn.api.get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAKeyOnlyPlainLoopbackRequestsGetInAndForwardedOnesAreRefused(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = RunningCairn.context(dataDir, List.of())) {
            String base = "http://127.0.0.1:" + RunningCairn.port(context);
            Api api = new Api(base);
            assertThat(api.get("/api/v1/knowledge/documents").status()).isEqualTo(200);
            assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);

            for (Map.Entry<String, String> proxied : Map.of("X-Forwarded-For", "203.0.113.9",
                    "Forwarded", "for=203.0.113.9;proto=https", "X-Real-IP", "127.0.0.1").entrySet()) {
                HttpResponse<String> refused = get(base + "/api/v1/knowledge/documents", proxied.getKey(),
                        proxied.getValue());
                assertThat(refused.statusCode()).as(proxied.getKey()).isEqualTo(401);
                assertThat(Api.JSON.readTree(refused.body()).get("error").get("message").asString())
                        .contains("No API key is configured").contains("cairn.web.api-key")
                        .contains("cairn.web.api-keys.NAME");
                assertThat(get(base + "/actuator/prometheus", proxied.getKey(), proxied.getValue()).statusCode())
                        .isEqualTo(401);
                assertThat(get(base + "/actuator/health/readiness", proxied.getKey(), proxied.getValue()).statusCode())
                        .isEqualTo(200);
                assertThat(get(base + "/", proxied.getKey(), proxied.getValue()).statusCode()).isEqualTo(200);
            }
            assertThat(output.getAll()).contains("no web API key configured: /api/** and /actuator/prometheus answer "
                    + "only loopback requests without forwarding headers");
        }
    }

    @Test
    void aBadKeySettingStopsStartupNamingTheSettingButNotTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> RunningCairn.start(dataDir, "cairn.web.api-keys.ann=shared-6e5d4c3b",
                "cairn.web.api-keys.bob=shared-6e5d4c3b")).isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("cairn.web.api-keys").contains("same value")
                .doesNotContain("shared-6e5d4c3b");
    }

    @Test
    void forwardingHeadersTrustedByTheServerNeedAKeyOrStopStartup() throws Exception {
        assertThatThrownBy(() -> RunningCairn.start(dataDir, "server.forward-headers-strategy=framework"))
                .rootCause().hasMessageContaining("server.forward-headers-strategy is framework")
                .hasMessageContaining("cairn.web.api-keys.NAME");
        try (RunningCairn cairn = RunningCairn.start(dataDir, "server.forward-headers-strategy=native",
                "cairn.web.api-key=proxied-key-4b3a2918")) {
            assertThat(get(cairn.api.base() + "/api/v1/knowledge/documents", "X-Forwarded-For", "127.0.0.1")
                    .statusCode()).isEqualTo(401);
            assertThat(cairn.api.withKey("proxied-key-4b3a2918").get("/api/v1/knowledge/documents").status())
                    .isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String url, String header, String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
