package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A runbook action the model proposes runs only after an approver approves it, and only once. */
class RunbookApprovalIT {
    @TempDir
    Path dataDir;

    @Test
    void aProposedActionRunsOnlyAfterAnApproverApprovesItAndOnlyOnce() throws Exception {
        try (OpsEndpoint ops = new OpsEndpoint();
             FakeOpenAi model = new FakeOpenAi();
             RunningCairn cairn = RunningCairn.start(dataDir, settings(ops, model))) {
            model.then(new FakeOpenAi.ToolCall("call_1", "runbook_restart_service", "{\"service\":\"api\"}"))
                    .then(new FakeOpenAi.Text(List.of("I proposed restarting api; it waits for approval."), 60, 9));

            JsonNode answer = cairn.api.ask("dev", "Please restart the api service").json();
            assertThat(answer.get("answer").asString()).contains("waits for approval");
            assertThat(model.requests.get(0)).contains("runbook_restart_service");
            assertThat(ops.hits()).isEmpty();

            JsonNode pending = cairn.api.get("/api/v1/approvals").json().get("approvals");
            assertThat(pending).hasSize(1);
            String id = pending.get(0).get("id").asString();
            assertThat(pending.get(0).get("action").asString()).isEqualTo("restart-service(service=api)");
            assertThat(pending.get(0).get("requested_by").asString()).isEqualTo("dev");

            Api.Reply refused = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"dev\",\"decision\":\"approve\"}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(ops.hits()).isEmpty();

            Api.Reply approved = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"ops-lead\",\"decision\":\"approve\"}");
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("result").asString()).isEqualTo("ran");
            assertThat(approved.json().get("message").asString()).contains("HTTP 200: restarted");
            assertThat(ops.hits()).containsExactly("POST /restart/api {\"service\":\"api\"}");

            Api.Reply twice = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"ops-lead\",\"decision\":\"approve\"}");
            assertThat(twice.status()).isEqualTo(404);
            assertThat(ops.hits()).hasSize(1);
        }
    }

    private static String[] settings(OpsEndpoint ops, FakeOpenAi model) {
        List<String> settings = ops.restartService("role:on-call", "cairn.runbooks.roles.on-call[0]=ops-lead",
                "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model");
        return settings.toArray(String[]::new);
    }
}
