package dev.cairn.app.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cairn.app.RunningCairn;
import dev.cairn.app.TestDocuments;
import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers, no-answers and votes given over the web API show in the prompt figures, and still do after a restart;
 * admins see them in the chat too.
 */
class StatsIT {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String ALICE_KEY = "alice-key-7f6e5d4c3b2a1908";
    private static final String BOB_KEY = "bob-key-0918a2b3c4d5e6f7";

    @TempDir
    Path dataDir;

    /** The API key sent with every request; none after the restart, which has no keys. */
    private String key = ALICE_KEY;

    @Test
    void answersNoAnswersAndVotesAreCountedAndSurviveARestart() throws Exception {
        try (ConfigurableApplicationContext cairn = RunningCairn.context(dataDir, List.of("cairn.admins=web:alice",
                "cairn.web.api-keys.alice=" + ALICE_KEY, "cairn.web.api-keys.bob=" + BOB_KEY))) {
            String base = "http://127.0.0.1:" + RunningCairn.port(cairn);
            assertThat(upload(base, "handbook.pdf", TestDocuments.HANDBOOK).statusCode()).isEqualTo(200);
            JsonNode answer = JSON.readTree(post(base, "/api/v1/chat",
                    Map.of("user", "ann", "query", "Which laptops need full-disk encryption?")).body());
            JsonNode offTopic = JSON.readTree(post(base, "/api/v1/chat",
                    Map.of("user", "bob", "query", "What is the capital of France?")).body());
            assertThat(answer.get("citations").size()).isPositive();
            String replyId = answer.get("id").asString();

            assertThat(post(base, "/api/v1/feedback", Map.of("reply_id", replyId, "user", "ann", "vote", "down"))
                    .statusCode()).isEqualTo(204);
            assertThat(post(base, "/api/v1/feedback", Map.of("reply_id", replyId, "user", "ann", "vote", "up"))
                    .statusCode()).isEqualTo(204);
            assertThat(post(base, "/api/v1/feedback", Map.of("reply_id", replyId, "user", "bob", "vote", "up"))
                    .statusCode()).isEqualTo(204);
            assertThat(post(base, "/api/v1/feedback", Map.of("reply_id", offTopic.get("id").asString(), "user", "bob",
                    "vote", "down")).statusCode()).isEqualTo(204);

            assertFigures(base);
            assertThat(chat(base, "alice", "stats")).startsWith("Answers per prompt experiment and variant")
                    .contains("Experiment default")
                    .contains("• default: 2 answers · 👍 2 / 👎 1 · 👍 rate 67% (95% CI ")
                    .contains("no answer 50%");
            assertThat(chat(base, "bob", "stats")).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.admins_only"));
            key = BOB_KEY;
            assertThat(chat(base, "alice", "stats")).as("naming an admin is not being one")
                    .isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.admins_only"));
            key = null;
        }
        try (ConfigurableApplicationContext restarted = RunningCairn.context(dataDir, List.of())) {
            assertFigures("http://127.0.0.1:" + RunningCairn.port(restarted));
        }
    }

    private String chat(String base, String user, String query) throws Exception {
        HttpResponse<String> response = post(base, "/api/v1/chat", Map.of("user", user, "query", query));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("answer").asString();
    }

    /** The figures of the two answers and three votes; the stats commands are not answers and are not counted. */
    private void assertFigures(String base) throws Exception {
        HttpResponse<String> response = http.send(authorized(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/stats/prompts"))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.propertyNames()).containsExactly("experiments");
        JsonNode experiments = report.get("experiments");
        assertThat(experiments.size()).isEqualTo(1);
        assertThat(experiments.get(0).get("name").asString()).isEqualTo("default");
        assertThat(experiments.get(0).propertyNames()).containsExactlyInAnyOrder("name", "variants");
        JsonNode variant = experiments.get(0).get("variants").get(0);
        assertThat(variant.propertyNames()).containsExactlyInAnyOrder("name", "answers", "thumbs_up", "thumbs_down",
                "thumbs_up_rate", "ci95", "no_answer_rate", "latency_p50_ms", "latency_p95_ms", "mean_input_tokens",
                "mean_output_tokens", "days");
        assertThat(variant.get("name").asString()).isEqualTo("default");
        assertThat(variant.get("answers").asInt()).isEqualTo(2);
        assertThat(variant.get("thumbs_up").asInt()).isEqualTo(2);
        assertThat(variant.get("thumbs_down").asInt()).isEqualTo(1);
        assertThat(variant.get("no_answer_rate").asDouble()).isEqualTo(0.5);
        assertThat(variant.get("thumbs_up_rate").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(variant.get("ci95").size()).isEqualTo(2);
        assertThat(variant.get("latency_p95_ms").asLong())
                .isGreaterThanOrEqualTo(variant.get("latency_p50_ms").asLong());
        JsonNode days = variant.get("days");
        assertThat(days.size()).isEqualTo(30);
        assertThat(days.get(29).get("answers").asInt()).isEqualTo(2);
        assertThat(days.get(29).propertyNames()).containsExactlyInAnyOrder("date", "answers", "thumbs_up",
                "thumbs_down");
    }

    private HttpResponse<String> post(String base, String path, Map<String, String> body) throws Exception {
        return http.send(authorized(HttpRequest.newBuilder(URI.create(base + path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String base, String name, byte[] bytes) throws Exception {
        String boundary = "cairn-stats-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(authorized(HttpRequest.newBuilder(URI.create(base + "/api/v1/knowledge/files")))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }
}
