package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code kill -9} with a runbook proposal pending: the proposal lives in the records database, so the restarted
 * process lists it, and its approver's decision runs the action once.
 */
class KillWithApprovalsPendingIT {
    private static final String ANN_KEY = "ann-key-5e4d3c2b1a09f8e7";

    @TempDir
    Path dataDir;

    @Test
    void aProposalPendingWhenTheProcessIsKilledIsStillPendingAfterARestartAndRunsOnceWhenApproved() throws Exception {
        try (OpsEndpoint ops = new OpsEndpoint(); FakeOpenAi model = new FakeOpenAi()) {
            String[] settings = settings(ops, model);
            String id;
            try (ChildCairn before = ChildCairn.start(dataDir, settings)) {
                model.then(new FakeOpenAi.ToolCall("call_1", "runbook_restart_service", "{\"service\":\"api\"}"))
                        .then(new FakeOpenAi.Text(List.of("I proposed restarting api; it waits for approval."), 60, 9));
                Api ann = before.api().withKey(ANN_KEY);
                assertThat(ann.ask("dev", "Please restart the api service").status()).isEqualTo(200);
                JsonNode pending = ann.get("/api/v1/approvals").json().get("approvals");
                assertThat(pending).hasSize(1);
                id = pending.get(0).get("id").asString();

                before.kill();
                assertThat(before.alive()).isFalse();
            }

            try (ChildCairn after = ChildCairn.start(dataDir, settings)) {
                Api ann = after.api().withKey(ANN_KEY);
                JsonNode pending = ann.get("/api/v1/approvals").json().get("approvals");
                assertThat(pending).hasSize(1);
                assertThat(pending.get(0).get("id").asString()).isEqualTo(id);
                assertThat(pending.get(0).get("action").asString()).isEqualTo("restart-service(service=api)");
                assertThat(ops.hits()).isEmpty();

                Api.Reply approved = ann.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}");
                assertThat(approved.status()).isEqualTo(200);
                assertThat(approved.json().get("result").asString()).isEqualTo("ran");
                assertThat(ops.hits()).containsExactly("POST /restart/api {\"service\":\"api\"}");
                assertThat(ann.postJson("/api/v1/approvals/" + id, "{\"decision\":\"approve\"}").status())
                        .isEqualTo(409);
                assertThat(ops.hits()).hasSize(1);
            }
        }
    }

    private static String[] settings(OpsEndpoint ops, FakeOpenAi model) {
        List<String> settings = new ArrayList<>(ops.restartService("web:ann", "cairn.web.api-keys.ann=" + ANN_KEY,
                "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model"));
        return settings.toArray(String[]::new);
    }
}
