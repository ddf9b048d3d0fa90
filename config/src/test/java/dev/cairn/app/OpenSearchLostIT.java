package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.opensearch.OpenSearchServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * OpenSearch lost after startup, on a node of the test's own that it kills (never the shared one): readiness turns
 * DOWN, questions get the plain "knowledge unavailable" reply in the asker's language, uploads a clear error, never a
 * stack trace; once the node is back on the same data, readiness is UP and the same question is answered again.
 */
class OpenSearchLostIT {
    private static final String LEAVE = "How much annual leave do employees accrue?";
    private static final String LEAVE_ZH = "员工每个月能攒多少年假？";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;
    private OpenSearchServer node;

    @BeforeEach
    void startNode() {
        node = OpenSearchServer.startPrivate();
    }

    @AfterEach
    void stopNode() {
        node.stop();
    }

    @Test
    void aLostStoreTurnsReadinessDownAndRepliesPlainlyUntilItIsBack() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.knowledge.store=opensearch",
                "cairn.opensearch.url=" + node.url(), "cairn.knowledge.embeddings.model=none",
                "cairn.knowledge.retrieval.mode=bm25")) {
            Api.Reply report = cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertAnswered(cairn.api.ask("ann", LEAVE));
            assertThat(readiness(cairn)).contains("\"status\":\"UP\"");

            node.kill();

            assertThat(poll(() -> readiness(cairn), r -> r.contains("\"status\":\"DOWN\"")))
                    .as("readiness within %s of the loss", WITHIN).contains("\"status\":\"DOWN\"");
            Api.Reply english = cairn.api.ask("ann", LEAVE);
            assertThat(english.status()).as(english.body()).isEqualTo(200);
            assertThat(english.json().get("answer").asString())
                    .startsWith("I can't reach the knowledge base right now");
            assertThat(english.json().get("citations")).isEmpty();
            Api.Reply chinese = cairn.api.ask("li", LEAVE_ZH);
            assertThat(chinese.status()).as(chinese.body()).isEqualTo(200);
            assertThat(chinese.json().get("answer").asString()).startsWith("现在连不上知识库");
            Api.Reply upload = cairn.api.upload(Map.of("handbook-2.pdf", TestDocuments.HANDBOOK));
            assertThat(upload.status()).as(upload.body()).isEqualTo(503);
            assertThat(upload.json().get("error").get("code").asString()).isEqualTo("knowledge_unavailable");
            Api.Reply listing = cairn.api.get("/api/v1/knowledge/documents");
            assertThat(listing.status()).as(listing.body()).isEqualTo(503);
            assertThatThrownBy(() -> cairn.bean(PassageStore.class).putAll(List.of(entry())))
                    .as("a write while the node is gone").isInstanceOf(KnowledgeException.class);
            for (Api.Reply reply : new Api.Reply[] {english, chinese, upload, listing}) {
                assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain(node.url());
            }

            node.restart();

            assertThat(poll(() -> readiness(cairn), r -> r.contains("\"status\":\"UP\"")))
                    .as("readiness within %s of the node's return, though a write failed meanwhile", WITHIN).contains("\"status\":\"UP\"");
            assertAnswered(cairn.api.ask("ann", LEAVE));
            Api.Reply again = cairn.api.upload(Map.of("handbook-2.pdf", TestDocuments.HANDBOOK));
            assertThat(again.status()).as(again.body()).isEqualTo(200);
        }
    }

    /** A one-passage document, written straight to the store as the ingestor would. */
    private static PassageStore.Entry entry() {
        return new PassageStore.Entry(new DocumentInfo("lost-1", "lost.txt", "web", "text/plain", 1, 1,
                Instant.now(), Optional.empty(), ""), "0".repeat(64),
                List.of(new Chunk(new Location("", OptionalInt.empty(), Optional.empty()), "Written while lost.")),
                List.of(), Optional.empty());
    }

    private static void assertAnswered(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.get("answer").asString()).contains("four hours of annual leave");
        assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
    }

    private static String readiness(RunningCairn cairn) {
        return cairn.api.get("/actuator/health/readiness").body();
    }

    private static String poll(java.util.function.Supplier<String> read, Predicate<String> until) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        String last = read.get();
        while (!until.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = read.get();
        }
        return last;
    }
}
