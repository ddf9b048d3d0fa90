package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every bad file and bad request gets a clear reply, and what was indexed before stays searchable. */
class BadInputIT {
    @TempDir
    static Path dataDir;
    static RunningCairn cairn;

    @BeforeAll
    static void start() {
        cairn = RunningCairn.start(dataDir, "cairn.knowledge.max-file-bytes=100KB");
        JsonNode first = cairn.api.upload(Map.of("handbook.pdf", AskAndCiteIT.HANDBOOK)).json();
        assertThat(first.get("files").get(0).get("status").asString()).isEqualTo("indexed");
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    private static void assertHandbookStillAnswers() {
        JsonNode answer = cairn.api.ask("checker", "Which laptops need full-disk encryption?").json();
        assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        assertThat(answer.get("citations").get(0).get("page").asInt()).isEqualTo(3);
    }

    @Test
    void eachBadFileIsRejectedWithItsReasonWhileTheGoodOneInTheSameUploadIsIndexed() {
        byte[] corrupt = new byte[4000];
        new Random(7).nextBytes(corrupt);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, corrupt, 0, 9);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.txt", new byte[0]);
        files.put("photo.png", png);
        files.put("huge.txt", "All work and no play. ".repeat(6000).getBytes(StandardCharsets.UTF_8));
        files.put("broken.pdf", corrupt);
        files.put("secret.pdf", TestDocuments.pdf(List.of(List.of("Salaries are confidential.")), "pw"));
        files.put("parking.md", "# Parking\n\nParking in the north garage is free for cyclists on Fridays.\n"
                .getBytes(StandardCharsets.UTF_8));

        JsonNode reports = cairn.api.upload(files).json().get("files");

        assertRejected(reports.get(0), "empty.txt", "empty");
        assertRejected(reports.get(1), "photo.png", "unsupported_type");
        assertRejected(reports.get(2), "huge.txt", "too_large");
        assertRejected(reports.get(3), "broken.pdf", "corrupt");
        assertRejected(reports.get(4), "secret.pdf", "encrypted");
        assertThat(reports.get(5).get("status").asString()).isEqualTo("indexed");
        assertThat(reports.get(5).get("error").isNull()).isTrue();

        assertHandbookStillAnswers();
        JsonNode parking = cairn.api.ask("checker", "Is parking free for cyclists?").json();
        assertThat(parking.get("citations").get(0).get("document").asString()).isEqualTo("parking.md");
        assertThat(parking.get("citations").get(0).get("location").asString()).isEqualTo("Parking");
        assertThat(cairn.api.get("/api/v1/knowledge/documents").json().get("documents"))
                .extracting(d -> d.get("name").asString()).doesNotContain("empty.txt", "photo.png", "huge.txt",
                        "broken.pdf", "secret.pdf");
    }

    private static void assertRejected(JsonNode report, String name, String code) {
        assertThat(report.get("name").asString()).isEqualTo(name);
        assertThat(report.get("status").asString()).isEqualTo("rejected");
        assertThat(report.get("document_id").isNull()).isTrue();
        assertThat(report.get("error").get("code").asString()).isEqualTo(code);
        assertThat(report.get("error").get("message").asString()).contains(name);
    }

    @Test
    void theSameBytesTwiceAreReportedAsDuplicate() {
        byte[] faq = "Lunch is served at noon in the canteen.".getBytes(StandardCharsets.UTF_8);
        JsonNode first = cairn.api.upload(Map.of("faq.txt", faq)).json().get("files").get(0);
        JsonNode second = cairn.api.upload(Map.of("faq-copy.txt", faq)).json().get("files").get(0);

        assertThat(second.get("status").asString()).isEqualTo("duplicate");
        assertThat(second.get("document_id").asString()).isEqualTo(first.get("document_id").asString());
    }

    @Test
    void chineseTextIsAnsweredWithACitation() {
        byte[] text = "员工手册\n\n年假：正式员工每年享有十五天带薪年假，入职满一年后开始计算。\n\n病假需要提供医院证明。"
                .getBytes(StandardCharsets.UTF_8);
        cairn.api.upload(Map.of("员工手册.txt", text));

        JsonNode answer = cairn.api.ask("li", "正式员工每年有多少天年假？").json();

        assertThat(answer.get("answer").asString()).contains("十五天带薪年假").contains("[1]");
        assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("员工手册.txt");
    }

    @Test
    void deletingADocumentRemovesItFromAnswers() {
        JsonNode report = cairn.api.upload(Map.of("wifi.txt",
                "The guest wifi password rotates every Monday.".getBytes(StandardCharsets.UTF_8))).json()
                .get("files").get(0);
        String id = report.get("document_id").asString();
        assertThat(cairn.api.ask("dan", "guest wifi password").json().get("citations")).isNotEmpty();

        assertThat(cairn.api.delete("/api/v1/knowledge/documents/" + id).status()).isEqualTo(204);

        assertThat(cairn.api.ask("dan", "guest wifi password").json().get("citations")).isEmpty();
        assertHandbookStillAnswers();
    }

    @Test
    void requestErrorsAreJsonWithTheRightStatus() {
        assertError(cairn.api.postJson("/api/v1/chat", "{\"user\": \"ann\", \"query\": "), 400, "malformed_json");
        assertError(cairn.api.postJson("/api/v1/chat", "{\"user\": \"ann\"}"), 400, "missing_field");
        assertError(cairn.api.postJson("/api/v1/chat", "{\"query\": \"leave\"}"), 400, "missing_field");
        assertError(cairn.api.upload(Map.of()), 400, "no_files");
        assertError(cairn.api.delete("/api/v1/knowledge/documents/no-such-id"), 404, "unknown_document");
        assertError(cairn.api.get("/api/v1/nothing-here"), 404, "not_found");
    }

    private static void assertError(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("error").get("code").asString()).isEqualTo(code);
        assertThat(reply.json().get("error").get("message").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at dev.cairn");
    }

    @Test
    void streamsTheAnswerAsServerSentEvents() {
        Api.Reply reply = cairn.api.streamChat("sam", "Which laptops need full-disk encryption?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        List<String> events = List.of(reply.body().split("\n\n"));
        assertThat(events.get(0)).startsWith("event:delta").contains("full-disk encryption");
        String done = events.stream().filter(e -> e.startsWith("event:done")).findFirst().orElseThrow();
        JsonNode response = Api.JSON.readTree(done.substring(done.indexOf("data:") + 5));
        assertThat(response.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        assertThat(response.get("answer").asString()).contains("full-disk encryption");
    }

    @Test
    void theWebPageIsServed() {
        Api.Reply page = cairn.api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Cairn");
        assertThat(cairn.api.get("/app.js").status()).isEqualTo(200);
    }

    @Test
    void aVoteOnAnAnswerIsRecordedAndABadVoteIsRefused() throws Exception {
        JsonNode answer = cairn.api.ask("voter", "Which laptops need full-disk encryption?").json();
        String replyId = answer.get("id").asString();

        Api.Reply vote = cairn.api.postJson("/api/v1/feedback",
                "{\"reply_id\": \"" + replyId + "\", \"user\": \"voter\", \"vote\": \"up\"}");
        Api.Reply bad = cairn.api.postJson("/api/v1/feedback",
                "{\"reply_id\": \"" + replyId + "\", \"user\": \"voter\", \"vote\": \"meh\"}");

        assertThat(vote.status()).isEqualTo(204);
        assertError(bad, 400, "invalid_vote");
        assertError(cairn.api.postJson("/api/v1/feedback", "{\"user\": \"voter\"}"), 400, "missing_field");
        assertError(cairn.api.postJson("/api/v1/feedback",
                "{\"reply_id\": \"no-such-reply\", \"user\": \"voter\", \"vote\": \"down\"}"), 404, "unknown_reply");
        JsonNode variant = cairn.api.get("/api/v1/stats/prompts").json()
                .get("experiments").get(0).get("variants").get(0);
        assertThat(variant.get("thumbs_up").asInt()).isEqualTo(1);
        assertThat(variant.get("thumbs_down").asInt()).isZero();
    }
}
