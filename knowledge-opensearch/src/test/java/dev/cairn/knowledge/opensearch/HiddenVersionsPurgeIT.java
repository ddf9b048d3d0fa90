package dev.cairn.knowledge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Versions retired by a replace or a delete leave the index for good once the purge's grace has passed, from any
 * replica, while every search keeps returning exactly the live version; a version whose writer died goes once it
 * counts as abandoned, and can then never be shown.
 */
class HiddenVersionsPurgeIT {
    private static final String QUESTION = "How many weeks of parental leave do employees get?";
    private final String prefix = "purge-" + UUID.randomUUID().toString().substring(0, 8);
    private final EmbeddingRouter router = EmbeddingRouter.single(new BagOfWordsEmbedder("vec_test"));
    private OpenSearchSettings settings;
    private OpenSearchPassageStore store;
    private OpenSearchPassageStore otherReplica;
    private OpenSearchHttp http;
    private Ingestor ingestor;

    @BeforeEach
    void open() {
        settings = OpenSearchSettings.of(OpenSearchServer.shared().url(), prefix);
        store = OpenSearchPassageStore.open(settings, SearchTuning.DEFAULT);
        otherReplica = OpenSearchPassageStore.open(settings, SearchTuning.DEFAULT);
        http = new OpenSearchHttp(settings);
        ingestor = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(300, 0), 1 << 20,
                Clock.systemUTC(), router);
    }

    @AfterEach
    void close() throws Exception {
        http.send("DELETE", "/" + prefix + "-passages," + prefix + "-state", null);
        http.close();
        store.close();
        otherReplica.close();
    }

    @Test
    void purgingRetiredVersionsLeavesOnlyTheLivePassagesAndNoSearchChanges() throws Exception {
        add("policy.txt", paragraphs("Parental leave is twelve weeks", 3));
        String notes = add("notes.txt", paragraphs("Desk booking opens on Mondays", 2)).documentId();
        add("policy.txt", paragraphs("Parental leave is sixteen weeks", 2));
        assertThat(store.delete(notes)).isTrue();

        assertThat(store.passageTotal()).isEqualTo(2);
        assertThat(storedPassages()).as("retired versions stay, hidden, until purged").isEqualTo(7);
        List<String> live = ids(search());
        assertThat(live).hasSize(2);
        assertThat(search()).allSatisfy(p -> assertThat(p.text()).contains("sixteen weeks"));

        Instant now = Instant.now();
        assertThat(store.purgeHidden(now.minus(Duration.ofMinutes(1)), now.minus(Duration.ofHours(1))))
                .as("retired a moment ago: a search may still read the old list").isZero();
        assertThat(storedPassages()).isEqualTo(7);

        AtomicBoolean purging = new AtomicBoolean(true);
        ConcurrentLinkedQueue<List<String>> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger searches = new AtomicInteger();
        CompletableFuture<Void> searcher = CompletableFuture.runAsync(() -> {
            while (purging.get() || searches.get() < 5) {
                List<String> seen = ids(search());
                if (!seen.equals(live)) {
                    wrong.add(seen);
                }
                searches.incrementAndGet();
            }
        });
        Instant later = Instant.now().plusSeconds(1);
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(
                () -> store.purgeHidden(later, now.minus(Duration.ofHours(1))));
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(
                () -> otherReplica.purgeHidden(later, now.minus(Duration.ofHours(1))));
        int purged = Math.max(onA.join(), onB.join());
        purging.set(false);
        searcher.join();

        assertThat(purged).as("the old policy and the deleted notes").isEqualTo(2);
        assertThat(storedPassages()).isEqualTo(2).isEqualTo(store.passageTotal());
        assertThat(storedRecords()).isEqualTo(1);
        assertThat(new HiddenDocuments(http, prefix + "-state", Clock.systemUTC()).entries()).isEmpty();
        assertThat(wrong).as("searches during the purge (%d of them)", searches.get()).isEmpty();
        assertThat(ids(search())).isEqualTo(live);
    }

    @Test
    void aVersionWhoseWriterDiedIsPurgedOnlyOnceAbandonedAndIsNeverShownAfterwards() {
        String id = add("runbook.txt", paragraphs("Restart the parental leave service", 2)).documentId();
        HiddenDocuments hidden = new HiddenDocuments(http, prefix + "-state", Clock.systemUTC());
        hidden.change(List.of(), List.of(id), HiddenDocuments.State.WRITING); // as if its writer never showed it
        assertThat(store.passageTotal()).isZero();

        Instant now = Instant.now();
        assertThat(store.purgeHidden(now.plusSeconds(1), now.minus(Duration.ofHours(1))))
                .as("being written since a moment ago: its writer may still be at work").isZero();
        assertThat(storedPassages()).isEqualTo(2);

        assertThat(store.purgeHidden(now.plusSeconds(1), now.plusSeconds(1))).isEqualTo(1);
        assertThat(storedPassages()).isZero();
        assertThat(storedRecords()).isZero();
        assertThatThrownBy(() -> hidden.change(List.of(id), List.of(), HiddenDocuments.State.RETIRED))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("purged as abandoned");
    }

    private IngestReport add(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        IngestReport report = ingestor.ingest(new IncomingFile(name, "web", bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes)));
        assertThat(report.error()).isEmpty();
        return report;
    }

    /** {@code count} paragraphs of about 250 characters, each one passage. */
    private static String paragraphs(String topic, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(topic).append(", says part ").append(i).append(" of the handbook. ")
                    .append("Employees ask their manager and the people team in writing, and the request is "
                            + "answered within five working days; the details of section ").append(i)
                    .append(" apply to everyone on a permanent contract.\n\n");
        }
        return text.toString();
    }

    private List<Passage> search() {
        return new LuceneKnowledgeBase(store, RetrievalMode.BM25, router)
                .search(new SearchRequest(QUESTION, List.of(), Set.of("web"), 10, 0.0));
    }

    private static List<String> ids(List<Passage> passages) {
        return passages.stream().map(Passage::id).toList();
    }

    private int storedPassages() {
        return count(Fields.KIND_PASSAGE);
    }

    private int storedRecords() {
        return count(Fields.KIND_DOCUMENT);
    }

    /** Documents of a kind in the index, hidden or not. */
    private int count(String kind) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.putObject("query").putObject("term").put(Fields.KIND, kind);
        return http.send("POST", "/" + prefix + "-passages/_count", body, Map.of()).path("count").asInt();
    }
}
