package dev.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The filter's decision for one request, without a server: who gets through, as whom, and what the others read. */
class ApiKeyFilterTest {
    private final ApiKeyFilter loopbackMode = new ApiKeyFilter(new ApiKeys(Map.of()));
    private final ApiKeyFilter keyMode = new ApiKeyFilter(new ApiKeys(Map.of("api", "single-key", "ci", "ci-key")));

    private static MockHttpServletRequest request(String path, String remote) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path.replaceAll(";[^/]*", ""));
        request.setRemoteAddr(remote);
        return request;
    }

    /** The response, or null when the request went on to the application. */
    private static Outcome run(ApiKeyFilter filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Outcome(chain.getRequest() != null, response, request);
    }

    record Outcome(boolean passed, MockHttpServletResponse response, MockHttpServletRequest request) {
        JsonNode error() throws Exception {
            return JsonMapper.builder().build().readTree(response.getContentAsString()).get("error");
        }
    }

    @Test
    void withoutKeysAPlainLoopbackRequestPassesWithNoIdentity() throws Exception {
        for (String local : new String[] {"127.0.0.1", "127.8.9.10", "0:0:0:0:0:0:0:1", "::1", "::ffff:127.0.0.1"}) {
            Outcome outcome = run(loopbackMode, request("/api/v1/chat", local));
            assertThat(outcome.passed()).as(local).isTrue();
            assertThat(WebIdentity.of(outcome.request())).isEmpty();
        }
    }

    @Test
    void withoutKeysANonLoopbackRequestIsRefusedWithAMessageSayingHowToSetAKey() throws Exception {
        for (String remote : new String[] {"10.0.0.5", "192.168.1.20", "2001:db8::1", "128.0.0.1", "localhost", ""}) {
            Outcome outcome = run(loopbackMode, request("/api/v1/chat", remote));
            assertThat(outcome.passed()).as(remote).isFalse();
            assertThat(outcome.response().getStatus()).isEqualTo(401);
            assertThat(outcome.error().get("code").asString()).isEqualTo("unauthorized");
            assertThat(outcome.error().get("message").asString())
                    .contains("cairn.web.api-key", "CAIRN_API_KEY", "cairn.web.api-keys.NAME", "loopback");
        }
    }

    @Test
    void withoutKeysALoopbackRequestThatAProxyForwardedIsRefused() throws Exception {
        for (String header : ApiKeyFilter.FORWARDING_HEADERS) {
            MockHttpServletRequest request = request("/api/v1/chat", "127.0.0.1");
            request.addHeader(header, header.equals("Forwarded") ? "for=127.0.0.1" : "127.0.0.1");
            Outcome outcome = run(loopbackMode, request);
            assertThat(outcome.passed()).as(header).isFalse();
            assertThat(outcome.response().getStatus()).as(header).isEqualTo(401);
            assertThat(outcome.error().get("code").asString()).isEqualTo("unauthorized");
            assertThat(outcome.error().get("message").asString()).contains("No API key is configured");
        }
    }

    @Test
    void eachNamedKeyActsAsItsNameAndAWrongOrMissingKeyIsRefused() throws Exception {
        MockHttpServletRequest ci = request("/api/v1/chat", "10.0.0.5");
        ci.addHeader("Authorization", "Bearer ci-key");
        Outcome asCi = run(keyMode, ci);
        assertThat(asCi.passed()).isTrue();
        assertThat(WebIdentity.of(asCi.request())).contains("ci");

        MockHttpServletRequest single = request("/api/v1/chat", "127.0.0.1");
        single.addHeader("Authorization", "bearer  single-key ");
        assertThat(WebIdentity.of(run(keyMode, single).request())).contains("api");

        for (String header : new String[] {"Bearer ci-ke", "Bearer ci-key2", "Bearer CI-KEY", "Basic ci-key", "ci-key",
                "Bearer ", "Bearer single-keyci-key"}) {
            MockHttpServletRequest wrong = request("/api/v1/chat", "127.0.0.1");
            wrong.addHeader("Authorization", header);
            Outcome outcome = run(keyMode, wrong);
            assertThat(outcome.passed()).as(header).isFalse();
            assertThat(outcome.response().getStatus()).isEqualTo(401);
            assertThat(WebIdentity.of(outcome.request())).isEmpty();
            assertThat(outcome.response().getContentAsString()).doesNotContain("ci-key", "single-key");
        }
    }

    @Test
    void withKeysEvenALoopbackRequestNeedsOne() throws Exception {
        Outcome outcome = run(keyMode, request("/api/v1/chat", "127.0.0.1"));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.response().getStatus()).isEqualTo(401);
        assertThat(outcome.error().get("message").asString()).contains("Authorization: Bearer");
        assertThat(outcome.response().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void guardsTheApiAndActuatorButHealthHoweverThePathIsSpelled() throws Exception {
        for (String path : new String[] {"/api", "/api/v1/chat", "/actuator/prometheus", "/actuator",
                "/actuator/prometheus/", "/API/v1/chat", "/api;jsessionid=1/v1/chat", "//api/v1/chat",
                "/actuator/health;x=1/../prometheus"}) {
            MockHttpServletRequest request = request(path, "10.0.0.5");
            if (path.contains("..")) {
                request.setServletPath("/actuator/prometheus");
            }
            Outcome outcome = run(keyMode, request);
            assertThat(outcome.passed()).as(path).isFalse();
            assertThat(outcome.response().getStatus()).as(path).isEqualTo(401);
            assertThat(outcome.error().get("code").asString()).as(path).isEqualTo("unauthorized");
        }
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/", "/index.html", "/app.js", "/slack/events", "/apidocs"}) {
            assertThat(run(keyMode, request(path, "10.0.0.5")).passed()).as(path).isTrue();
        }
    }

    @Test
    void theModeLineNamesTheKeysButNeverTheirValues() {
        assertThat(keyMode.mode()).contains("api", "ci").doesNotContain("single-key", "ci-key");
        assertThat(loopbackMode.mode()).contains("loopback");
    }
}
