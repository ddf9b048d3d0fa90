package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.model.openai.FakeOpenAi;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A runbook action the model proposes runs only after an approver approves it, and only once. */
class RunbookApprovalIT {
    @TempDir
    Path dataDir;

    @Test
    void aProposedActionRunsOnlyAfterAnApproverApprovesItAndOnlyOnce() throws Exception {
        List<String> hits = new CopyOnWriteArrayList<>();
        HttpServer ops = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ops.createContext("/", exchange -> {
            hits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "restarted".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ops.start();
        try (FakeOpenAi model = new FakeOpenAi();
             RunningCairn cairn = RunningCairn.start(dataDir, "cairn.llm.base-url=" + model.baseUrl(),
                     "cairn.llm.model=fake-model",
                     "cairn.runbooks.actions[0].name=restart-service",
                     "cairn.runbooks.actions[0].description=Restarts one service.",
                     "cairn.runbooks.actions[0].parameters[0]=service",
                     "cairn.runbooks.actions[0].approvers[0]=role:on-call",
                     "cairn.runbooks.roles.on-call[0]=ops-lead",
                     "cairn.runbooks.actions[0].url=http://127.0.0.1:" + ops.getAddress().getPort()
                             + "/restart/{{service}}",
                     "cairn.runbooks.actions[0].body={\"service\":\"{{service}}\"}")) {
            model.then(new FakeOpenAi.ToolCall("call_1", "runbook_restart_service", "{\"service\":\"api\"}"))
                    .then(new FakeOpenAi.Text(List.of("I proposed restarting api; it waits for approval."), 60, 9));

            JsonNode answer = cairn.api.ask("dev", "Please restart the api service").json();
            assertThat(answer.get("answer").asString()).contains("waits for approval");
            assertThat(model.requests.get(0)).contains("runbook_restart_service");
            assertThat(hits).isEmpty();

            JsonNode pending = cairn.api.get("/api/v1/approvals").json().get("approvals");
            assertThat(pending).hasSize(1);
            String id = pending.get(0).get("id").asString();
            assertThat(pending.get(0).get("action").asString()).isEqualTo("restart-service(service=api)");
            assertThat(pending.get(0).get("requested_by").asString()).isEqualTo("dev");

            Api.Reply refused = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"dev\",\"decision\":\"approve\"}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(hits).isEmpty();

            Api.Reply approved = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"ops-lead\",\"decision\":\"approve\"}");
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("result").asString()).isEqualTo("ran");
            assertThat(approved.json().get("message").asString()).contains("HTTP 200: restarted");
            assertThat(hits).containsExactly("POST /restart/api {\"service\":\"api\"}");

            Api.Reply twice = cairn.api.postJson("/api/v1/approvals/" + id,
                    "{\"user\":\"ops-lead\",\"decision\":\"approve\"}");
            assertThat(twice.status()).isEqualTo(404);
            assertThat(hits).hasSize(1);
        } finally {
            ops.stop(0);
        }
    }
}
