package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health probes and the Prometheus meters every answer, ingestion and tool call feeds. */
class ObservabilityIT {
    @TempDir
    Path dataDir;

    @Test
    void questionsIngestionsTokensAndToolCallsShowInPrometheusAndReadinessChecksTheIndex() throws Exception {
        try (FakeOpenAi model = new FakeOpenAi();
             RunningCairn cairn = RunningCairn.start(dataDir, "cairn.llm.base-url=" + model.baseUrl(),
                     "cairn.llm.model=fake-model")) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("handbook.pdf", TestDocuments.HANDBOOK);
            files.put("blank.txt", new byte[0]);
            cairn.api.upload(files);
            model.then(new FakeOpenAi.ToolCall("call_1", "knowledge_search", "{\"query\":\"visitor badge\"}"))
                    .then(new FakeOpenAi.Text(List.of("At the front desk [1]."), 120, 7));
            cairn.api.ask("metrics", "Where do contractors get a visitor badge?");

            String metrics = cairn.api.get("/actuator/prometheus").body();

            assertThat(metrics).contains("cairn_questions_total{platform=\"web\"} 1.0")
                    .contains("cairn_answer_latency_seconds_bucket")
                    .contains("cairn_tokens_total{direction=\"input\"}")
                    .contains("cairn_tokens_total{direction=\"output\"}")
                    .contains("cairn_tool_calls_total{ok=\"true\",tool=\"knowledge_search\"} 1.0")
                    .contains("cairn_ingestions_total{reason=\"none\",status=\"indexed\"} 1.0")
                    .contains("cairn_ingestions_total{reason=\"empty\",status=\"rejected\"} 1.0")
                    .containsPattern("cairn_index_passages [1-9]");
            Api.Reply readiness = cairn.api.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
            assertThat(cairn.api.get("/actuator/health/liveness").status()).isEqualTo(200);
        }
    }
}
