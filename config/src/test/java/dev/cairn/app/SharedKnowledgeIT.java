package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.opensearch.OpenSearchServer;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas in cluster mode (knowledge on OpenSearch, records on PostgreSQL): a file uploaded through A is cited by
 * B's answer to the next question, without waiting, and a document deleted through B is gone from A's list and from
 * its answers. Nothing of the knowledge is written under either data directory.
 */
class SharedKnowledgeIT {
    private static final String LEAVE = "How much annual leave do employees accrue?";

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @Test
    void aFileUploadedThroughAIsCitedThroughBAndADeleteThroughBIsSeenByA() {
        DatabaseAddress database = PostgresServer.shared().createDatabase();
        String[] settings = {"cairn.knowledge.store=opensearch",
                "cairn.opensearch.url=" + OpenSearchServer.shared().url(),
                "cairn.opensearch.index-prefix=cairn-" + UUID.randomUUID().toString().substring(0, 8),
                "cairn.database.url=" + database.url(), "cairn.database.username=" + database.username(),
                "cairn.database.password=" + database.password(), "cairn.knowledge.embeddings.model=none",
                "cairn.knowledge.retrieval.mode=bm25"};
        try (RunningCairn a = RunningCairn.start(dataA, settings);
             RunningCairn b = RunningCairn.start(dataB, settings)) {
            Api.Reply report = a.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().get("files").get(0).get("status").asString()).isEqualTo("indexed");

            JsonNode answer = b.api.ask("ann", LEAVE).json();
            assertThat(answer.get("answer").asString()).contains("four hours of annual leave");
            assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");

            JsonNode listed = b.api.get("/api/v1/knowledge/documents").json().get("documents");
            assertThat(listed).hasSize(1);
            String id = listed.get(0).get("document_id").asString();
            assertThat(b.api.delete("/api/v1/knowledge/documents/" + id).status()).isEqualTo(204);

            assertThat(a.api.get("/api/v1/knowledge/documents").json().get("documents")).isEmpty();
            assertThat(a.api.ask("ann", LEAVE).json().get("citations")).isEmpty();
        }
        assertThat(dataA.resolve("index")).doesNotExist();
        assertThat(dataB.resolve("index")).doesNotExist();
    }
}
