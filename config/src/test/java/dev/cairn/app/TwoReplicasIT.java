package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two Cairn replicas on one PostgreSQL database behave as one bot for the state the database holds: a follow-up asked
 * through B continues the conversation started through A, a prompt template saved through A is in B's next model
 * request within 5 s, and a runbook proposal made through A is decided through B, running once even when both replicas get
 * the approval at the same moment.
 */
class TwoReplicasIT {
    private static final String ANN_KEY = "ann-key-7a6b5c4d3e2f1a0b";
    private static final String FIRST = "How many hours of annual leave carry over?";

    @TempDir
    static Path dataA;
    @TempDir
    static Path dataB;

    static FakeOpenAi model;
    static OpsEndpoint ops;
    static RunningCairn a;
    static RunningCairn b;

    @BeforeAll
    static void start() throws Exception {
        model = new FakeOpenAi();
        ops = new OpsEndpoint();
        DatabaseAddress database = PostgresServer.shared().createDatabase();
        List<String> settings = new ArrayList<>(ops.restartService("web:ann",
                "cairn.web.api-keys.ann=" + ANN_KEY,
                "cairn.database.url=" + database.url(), "cairn.database.username=" + database.username(),
                "cairn.database.password=" + database.password(),
                "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model", "cairn.llm.api-key=sk-test",
                "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25"));
        a = RunningCairn.start(dataA, settings.toArray(String[]::new));
        b = RunningCairn.start(dataB, settings.toArray(String[]::new));
        for (RunningCairn replica : List.of(a, b)) {
            assertThat(replica.api.withKey(ANN_KEY).upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status())
                    .isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
        ops.close();
        model.close();
    }

    @Test
    void aFollowUpAskedThroughBContinuesTheConversationStartedThroughA() {
        model.then(new FakeOpenAi.Text(List.of("Up to 40 hours carry over [1]."), 100, 8))
                .then(new FakeOpenAi.Text(List.of("Contractors carry none over [1]."), 120, 6));

        JsonNode first = a.api.withKey(ANN_KEY).ask("ann", FIRST).json();
        String conversation = first.get("conversation_id").asString();
        JsonNode second = b.api.withKey(ANN_KEY).ask("ann", "and for contractors?", conversation).json();

        assertThat(second.get("conversation_id").asString()).isEqualTo(conversation);
        String request = model.requests.get(model.requests.size() - 1).replaceAll("\"\\s*:\\s*", "\":");
        assertThat(request).as("B's model request holds A's turn")
                .contains("\"content\":\"" + FIRST + "\"")
                .contains("Up to 40 hours carry over");
    }

    @Test
    void aTemplateSavedThroughAIsInBsNextAnswerWithinFiveSeconds() throws Exception {
        Api.Reply saved = a.api.withKey(ANN_KEY).putJson("/api/v1/prompts/default",
                "{\"system\": \"Saved on A: answer in one sentence, citing [n].\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long savedAt = System.nanoTime();

        String request = "";
        while (System.nanoTime() - savedAt < Duration.ofSeconds(5).toNanos()) {
            model.then(new FakeOpenAi.Text(List.of("Laptops are encrypted [1]."), 50, 5));
            assertThat(b.api.withKey(ANN_KEY).ask("bob", "Which laptops need full-disk encryption?").status())
                    .isEqualTo(200);
            request = model.requests.get(model.requests.size() - 1);
            if (request.contains("Saved on A:")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(request).as("B's model request within 5 s of A's save").contains("Saved on A:");
    }

    @Test
    void aProposalMadeThroughAIsDecidedThroughBAndRunsOnceWhenBothGetTheApprovalAtOnce() throws Exception {
        model.then(new FakeOpenAi.ToolCall("call_9", "runbook_restart_service", "{\"service\":\"billing\"}"))
                .then(new FakeOpenAi.Text(List.of("I proposed restarting billing; it waits for approval."), 60, 9));
        assertThat(a.api.withKey(ANN_KEY).ask("ann", "Please restart the billing service").status())
                .isEqualTo(200);
        JsonNode pending = b.api.withKey(ANN_KEY).get("/api/v1/approvals").json().get("approvals");
        assertThat(pending).as("B lists A's proposal").hasSize(1);
        String id = pending.get(0).get("id").asString();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (RunningCairn replica : List.of(a, b)) {
                Callable<Integer> approve = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return replica.api.withKey(ANN_KEY).postJson("/api/v1/approvals/" + id,
                            "{\"decision\":\"approve\"}").status();
                };
                statuses.add(clicks.submit(approve));
            }
            List<Integer> outcome = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                outcome.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcome).containsExactlyInAnyOrder(200, 409);
        } finally {
            clicks.shutdownNow();
        }
        assertThat(ops.hits()).containsExactly("POST /restart/billing {\"service\":\"billing\"}");
        assertThat(a.api.withKey(ANN_KEY).get("/api/v1/approvals").json().get("approvals")).isEmpty();
    }
}
