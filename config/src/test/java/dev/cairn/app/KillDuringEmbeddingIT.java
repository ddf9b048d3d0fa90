package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two full Cairn processes on one OpenSearch and one PostgreSQL, answering by vectors alone: replica A indexes a file
 * of about two thousand passages and is killed with {@code kill -9} while its model is computing their vectors;
 * replica B's sweep for abandoned documents gives every passage its vector, and B's answer, found by vector, cites
 * the file.
 */
class KillDuringEmbeddingIT {
    private static final String VECTOR_FIELD = "vec_minilm";
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);
    /** The sweep looks every 30 s, and B then embeds the whole file on a loaded machine: generous. */
    private static final Duration COMPLETED_WITHIN = Duration.ofMinutes(6);
    private static final String FALCON = "What is the launch code of the Falcon project?";

    @TempDir
    Path work;

    @Test
    void aReplicaKilledWhileEmbeddingAFileLeavesItsVectorsToTheOtherReplicaWhichGivesEveryPassageOne()
            throws Exception {
        ClusterStores stores = ClusterStores.fresh();
        List<String> settings = new ArrayList<>(stores.settings());
        settings.addAll(List.of("cairn.knowledge.embeddings.model=all-minilm-l6-v2",
                "cairn.knowledge.retrieval.mode=vector", "cairn.knowledge.abandoned-after=" + ABANDONED_AFTER.toSeconds()
                        + "s"));
        String[] replica = settings.toArray(String[]::new);
        byte[] manual = KillDuringIndexingIT.largeMarkdown(
                "Operations manual\n\nThe launch code of the Falcon project is violet-nine.", 1_500_000);
        try (OpenSearchPassageStore store = stores.openKnowledge();
             ChildCairn a = ChildCairn.start(work.resolve("a"), replica);
             ChildCairn b = ChildCairn.start(work.resolve("b"), replica)) {
            Api.Reply report = a.api().upload(Map.of("manual.md", manual));
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            JsonNode file = report.json().get("files").get(0);
            assertThat(file.get("status").asString()).as(report.body()).isEqualTo("indexed");
            String id = file.get("document_id").asString();
            int passages = store.passageCount(id);
            assertThat(passages).as("passages of manual.md").isGreaterThan(1000);

            awaitEmbedding(a);
            long killed = System.nanoTime();
            a.kill();
            long withVectors = passagesWithVectors(stores, id);
            System.out.printf("kill -9 of replica A while embedding manual.md: %d of %d passages had vectors%n",
                    withVectors, passages);
            assertThat(withVectors).as("passages with vectors when A died").isLessThan(passages);
            assertThat(store.documentsMissingVectors(List.of(VECTOR_FIELD))).containsExactly(id);

            long deadline = killed + COMPLETED_WITHIN.toNanos();
            while (!store.documentsMissingVectors(List.of(VECTOR_FIELD)).isEmpty()) {
                assertThat(System.nanoTime()).as("B gave every passage its vector within %s of the kill; B's "
                        + "output:\n%s", COMPLETED_WITHIN, b.tail()).isLessThan(deadline);
                Thread.sleep(500);
            }
            Duration completed = Duration.ofNanos(System.nanoTime() - killed);
            System.out.printf("replica B completed the vectors of %d passages %d ms after the kill "
                    + "(abandoned-after %d s, sweep every 30 s)%n", passages, completed.toMillis(),
                    ABANDONED_AFTER.toSeconds());
            assertThat(passagesWithVectors(stores, id)).isEqualTo(passages);
            // B logs what its sweep filled once the sweep returns, a moment after the last vectors are stored
            long logged = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!b.output().contains("another replica left without vectors")) {
                assertThat(System.nanoTime()).as("B's sweep says it filled what A left; B's output:\n%s", b.tail())
                        .isLessThan(logged);
                Thread.sleep(200);
            }

            JsonNode answer = b.api().ask("ann", FALCON).json();
            assertThat(answer.get("answer").asString()).as(answer.toString()).contains("violet-nine");
            assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("manual.md");
            assertThat(b.alive()).isTrue();
        }
    }

    /**
     * Waits until A's vector thread is inside {@code Vectors.of} (its model is embedding the file's passages, none
     * stored yet), looking at A's threads with {@code jstack}; fails after 2 minutes.
     */
    private static void awaitEmbedding(ChildCairn replica) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String stack = "";
        while (System.nanoTime() < deadline) {
            stack = thread(replica.threadDump(), "cairn-vectors");
            if (stack.contains("at dev.cairn.knowledge.Vectors.of(")) {
                return;
            }
        }
        throw new AssertionError("replica A did not embed within 2 minutes; its vector thread:\n" + stack);
    }

    /** The block of a thread dump about the thread named {@code name}, or "" when there is none. */
    private static String thread(String dump, String name) {
        for (String block : dump.split("\n\\s*\n")) {
            if (block.startsWith("\"" + name + "\"")) {
                return block;
            }
        }
        return "";
    }

    /** How many passages of the document have a vector, counted by OpenSearch itself (after a refresh). */
    private static long passagesWithVectors(ClusterStores stores, String documentId) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String index = stores.openSearchUrl() + "/" + stores.indexPrefix() + "-passages";
        http.send(HttpRequest.newBuilder(URI.create(index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        String query = "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"" + Fields.KIND + "\":\"" + Fields.KIND_PASSAGE
                + "\"}},{\"term\":{\"" + Fields.DOC_ID + "\":\"" + documentId + "\"}},{\"exists\":{\"field\":\""
                + VECTOR_FIELD + "\"}}]}}}";
        HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(index + "/_count"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(count.body()).get("count").asLong();
    }
}
