package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A runbook action the model proposes runs only after an approver approves it, and only once. On the web the
 * approver is the name of the API key that sends the decision ({@code web:NAME}); a name in the body is refused, and
 * without a named key (loopback trial mode) nothing can be decided. The first test needs the web API key filter that
 * sets the identity attribute ({@code cairn.web.api-keys.NAME}).
 */
class RunbookApprovalIT {
    private static final String ANN_KEY = "ann-key-6f1d2c9a8b7e4f30";
    private static final String OPS_KEY = "ops-key-0a9b8c7d6e5f4a3b";
    private static final String DEV_KEY = "dev-key-1b2c3d4e5f6a7b8c";

    @TempDir
    Path dataDir;

    @Test
    void aProposedActionRunsOnlyAfterTheNamedKeyOfAnApproverApprovesItAndOnlyOnce() throws Exception {
        try (OpsEndpoint ops = new OpsEndpoint();
             FakeOpenAi model = new FakeOpenAi();
             RunningCairn cairn = RunningCairn.start(dataDir, settings(ops, model,
                     "cairn.web.api-keys.ann=" + ANN_KEY, "cairn.web.api-keys.ops-lead=" + OPS_KEY,
                     "cairn.web.api-keys.dev=" + DEV_KEY))) {
            Api dev = cairn.api.withKey(DEV_KEY);
            Api ann = cairn.api.withKey(ANN_KEY);
            model.then(new FakeOpenAi.ToolCall("call_1", "runbook_restart_service", "{\"service\":\"api\"}"))
                    .then(new FakeOpenAi.Text(List.of("I proposed restarting api; it waits for approval."), 60, 9));

            JsonNode answer = dev.ask("dev", "Please restart the api service").json();
            assertThat(answer.get("answer").asString()).contains("waits for approval");
            assertThat(model.requests.get(0)).contains("runbook_restart_service");
            assertThat(ops.hits()).isEmpty();

            JsonNode pending = dev.get("/api/v1/approvals").json().get("approvals");
            assertThat(pending).hasSize(1);
            String id = pending.get(0).get("id").asString();
            assertThat(pending.get(0).get("action").asString()).isEqualTo("restart-service(service=api)");
            assertThat(pending.get(0).get("requested_by").asString()).isEqualTo("dev");

            Api.Reply named = ann.postJson("/api/v1/approvals/" + id, "{\"user\":\"ann\",\"decision\":\"approve\"}");
            assertThat(named.status()).isEqualTo(400);
            assertThat(named.json().get("error").get("code").asString()).isEqualTo("user_not_accepted");

            Api.Reply notAnApprover = dev.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}");
            assertThat(notAnApprover.status()).isEqualTo(403);
            assertThat(notAnApprover.json().at("/result").asString()).isEqualTo("refused");
            Api.Reply bareIdIsNoWebUser = cairn.api.withKey(OPS_KEY).postJson("/api/v1/approvals/" + id,
                    "{\"decision\":\"approve\"}");
            assertThat(bareIdIsNoWebUser.status()).isEqualTo(403);
            assertThat(bareIdIsNoWebUser.json().at("/result").asString()).isEqualTo("refused");
            assertThat(ops.hits()).isEmpty();

            Api.Reply approved = ann.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}");
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("result").asString()).isEqualTo("ran");
            assertThat(approved.json().get("message").asString()).contains("approved by ann")
                    .contains("HTTP 200: restarted");
            assertThat(ops.hits()).containsExactly("POST /restart/api {\"service\":\"api\"}");

            Api.Reply twice = ann.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}");
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.json().get("message").asString()).contains("already approved by web:ann");
            assertThat(ann.postJson("/api/v1/approvals/nope", "{\"decision\":\"approve\"}").status()).isEqualTo(404);
            assertThat(ops.hits()).hasSize(1);
        }
    }

    @Test
    void withoutANamedKeyNoWebDecisionIsTakenAndTheReplySaysWhatIsNeeded() throws Exception {
        try (OpsEndpoint ops = new OpsEndpoint();
             FakeOpenAi model = new FakeOpenAi();
             RunningCairn cairn = RunningCairn.start(dataDir, settings(ops, model))) {
            model.then(new FakeOpenAi.ToolCall("call_1", "runbook_restart_service", "{\"service\":\"api\"}"))
                    .then(new FakeOpenAi.Text(List.of("Proposed; it waits for approval."), 60, 9));
            cairn.api.ask("ann", "Please restart the api service");
            String id = cairn.api.get("/api/v1/approvals").json().get("approvals").get(0).get("id").asString();

            Api.Reply refused = cairn.api.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}");
            Api.Reply named = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"ann\",\"decision\":\"approve\"}");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").get("message").asString()).contains("cairn.web.api-keys.NAME");
            assertThat(named.status()).isEqualTo(400);
            assertThat(named.json().get("error").get("code").asString()).isEqualTo("user_not_accepted");
            assertThat(ops.hits()).isEmpty();
            assertThat(cairn.api.get("/api/v1/approvals").json().get("approvals")).hasSize(1);
        }
    }

    private static String[] settings(OpsEndpoint ops, FakeOpenAi model, String... extra) {
        List<String> settings = ops.restartService("role:on-call", "cairn.runbooks.roles.on-call[0]=web:ann",
                "cairn.runbooks.roles.on-call[1]=ops-lead", "cairn.llm.base-url=" + model.baseUrl(),
                "cairn.llm.model=fake-model");
        settings.addAll(List.of(extra));
        return settings.toArray(String[]::new);
    }
}
