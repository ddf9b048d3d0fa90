package dev.cairn.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RetrievalEvaluationResultTest {
    @Test
    void printsOneJsonObjectWithScoresToFourDecimalsAndLatenciesToTwo() {
        RetrievalEvaluation.Result result = new RetrievalEvaluation.Result("scifact", "test", "hybrid", 300,
                0.67891234, 0.5, 0.9, 1, 12.345, 80.0);

        assertThat(result.json()).isEqualTo("{\"dataset\":\"scifact\",\"split\":\"test\",\"mode\":\"hybrid\","
                + "\"queries\":300,\"ndcg@10\":0.6789,\"mrr@10\":0.5000,\"recall@10\":0.9000,\"recall@100\":1.0000,"
                + "\"p50_ms\":12.35,\"p99_ms\":80.00}");
    }

    @Test
    void escapesADatasetNameThatWouldBreakHandWrittenJson() {
        String name = "my \"wiki\"\\export";
        JsonNode parsed = JsonMapper.builder().build().readTree(
                new RetrievalEvaluation.Result(name, "test", "bm25", 1, 0, 0, 0, 0, 0, 0).json());

        assertThat(parsed.get("dataset").asString()).isEqualTo(name);
    }
}
