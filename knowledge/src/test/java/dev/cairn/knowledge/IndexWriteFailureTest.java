package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.FullDisk;
import dev.cairn.knowledge.index.IndexWriteHealth;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the disk refuses is reported per file, keeps the index as it was, and marks writes unhealthy until one succeeds. */
class IndexWriteFailureTest {
    @TempDir
    Path dir;
    private FullDisk disk;
    private PassageIndex index;
    private Ingestor ingestor;
    private LuceneKnowledgeBase knowledge;

    @BeforeEach
    void open() throws IOException {
        disk = new FullDisk(FSDirectory.open(dir));
        index = new PassageIndex(disk, SearchTuning.DEFAULT);
        ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 10_000,
                Clock.systemUTC(), EmbeddingRouter.none());
        knowledge = new LuceneKnowledgeBase(index, RetrievalMode.BM25, EmbeddingRouter.none());
    }

    @AfterEach
    void close() throws IOException {
        disk.free();
        index.close();
    }

    private static IncomingFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new IncomingFile(name, "web", bytes.length, "text/plain", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes));
    }

    private List<String> found(String query) {
        return knowledge.search(new SearchRequest(query, List.of(), Set.of("web"), 5, 0.3)).stream()
                .map(p -> p.document()).toList();
    }

    @Test
    void aFullDiskRejectsTheFileAsStoreFailedAndWritesTurnUnhealthyUntilOneSucceeds() {
        IndexWriteHealth health = index.writeHealth();
        assertThat(ingestor.ingest(file("lunch.txt", "Lunch is at noon.")).status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(health.failure()).isEmpty();

        disk.fill();
        IngestReport refused = ingestor.ingest(file("gym.txt", "The gym opens at six."));

        assertThat(disk.refused()).isPositive();
        assertThat(refused.status()).isEqualTo(IngestStatus.REJECTED);
        assertThat(refused.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("store_failed");
            assertThat(e.message()).startsWith("gym.txt could not be saved to the index (")
                    .contains("No space left on device").endsWith("nothing was changed.");
        });
        assertThat(health.failure()).hasValueSatisfying(f -> {
            assertThat(f.what()).isEqualTo("gym.txt");
            assertThat(f.cause()).contains("No space left on device");
        });
        assertThat(found("when is lunch")).containsExactly("lunch.txt");
        assertThat(found("when does the gym open")).isEmpty();

        disk.free();
        IngestReport retried = ingestor.ingest(file("gym.txt", "The gym opens at six."));

        assertThat(retried.status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(health.failure()).isEmpty();
        assertThat(found("when does the gym open")).containsExactly("gym.txt");
        assertThat(knowledge.documentCount()).isEqualTo(2);
    }

    @Test
    void aFailedDeleteAlsoTurnsWritesUnhealthyAndLeavesTheDocument() {
        IngestReport lunch = ingestor.ingest(file("lunch.txt", "Lunch is at noon."));
        disk.fill();

        assertThatThrownBy(() -> knowledge.delete(lunch.documentId())).isInstanceOf(KnowledgeException.class);

        assertThat(index.writeHealth().failure()).isPresent();
        assertThat(found("when is lunch")).containsExactly("lunch.txt");
        disk.free();
        assertThat(knowledge.delete(lunch.documentId())).isTrue();
        assertThat(index.writeHealth().failure()).isEmpty();
    }

    @Test
    void aWriterThatCouldNotBeReopenedAfterAFailureIsReopenedByTheNextWrite() {
        ingestor.ingest(file("lunch.txt", "Lunch is at noon."));
        disk.fill();
        // the rollback after each failure closes the writer and cannot open a new one on the full disk
        assertThat(ingestor.ingest(file("gym.txt", "The gym opens at six.")).status())
                .isEqualTo(IngestStatus.REJECTED);
        assertThat(ingestor.ingest(file("gym.txt", "The gym opens at six.")).status())
                .isEqualTo(IngestStatus.REJECTED);
        assertThat(index.writeHealth().failure()).isPresent();
        disk.free();

        assertThat(ingestor.ingest(file("gym.txt", "The gym opens at six.")).status())
                .isEqualTo(IngestStatus.INDEXED);
        assertThat(index.writeHealth().failure()).isEmpty();
        assertThat(knowledge.documentCount()).isEqualTo(2);
        assertThat(found("when is lunch")).containsExactly("lunch.txt");
    }
}
