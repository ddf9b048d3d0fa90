package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.parse.SampleFiles;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private static final long LIMIT = 10_000;
    @TempDir
    Path dir;
    private PassageIndex index;
    private Ingestor ingestor;
    private LuceneKnowledgeBase knowledge;

    @BeforeEach
    void open() {
        index = new PassageIndex(dir, 0.5);
        ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), LIMIT,
                Clock.systemUTC(), EmbeddingRouter.none());
        knowledge = new LuceneKnowledgeBase(index, RetrievalMode.BM25, EmbeddingRouter.none());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static IncomingFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new IncomingFile(name, "web", bytes.length, "text/plain", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes));
    }

    private List<Passage> search(String query) {
        return knowledge.search(new SearchRequest(query, List.of(), Set.of("web"), 5, 0.3));
    }

    @Test
    void indexesAFileAndReportsItsPassages() {
        IngestReport report = ingestor.ingest(file("faq.txt", "Lunch is at noon.\n\nThe gym opens at six."));

        assertThat(report.status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(report.passages()).isEqualTo(1);
        assertThat(report.error()).isEmpty();
        assertThat(Messages.bundled().text(Language.ENGLISH, report.summary()))
                .isEqualTo("indexed faq.txt: 1 passage");
        assertThat(search("when does the gym open")).extracting(Passage::document).containsExactly("faq.txt");
    }

    @Test
    void passagesFoundInASpreadsheetNameTheirSheetAndRows() {
        StringBuilder csv = new StringBuilder("Leave type,Accrual\n");
        for (int row = 2; row <= 40; row++) {
            csv.append("Type ").append(row).append(",").append(row).append(" hours per pay period\n");
        }
        csv.append("Sabbatical,one month after seven years\n");

        ingestor.ingest(file("leave.csv", csv.toString()));
        List<Passage> found = search("sabbatical leave");

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).text()).contains("Leave type: Sabbatical; Accrual: one month after seven years");
        assertThat(found.get(0).location().label()).matches("rows \\d+–41");
        assertThat(found.get(0).location().rows()).hasValueSatisfying(rows -> assertThat(rows.last()).isEqualTo(41));
        assertThat(search("rows 41")).isEmpty();
    }

    @Test
    void theSameBytesTwiceAreIndexedOnce() {
        IngestReport first = ingestor.ingest(file("faq.txt", "Lunch is at noon."));
        IngestReport second = ingestor.ingest(file("copy-of-faq.txt", "Lunch is at noon."));

        assertThat(second.status()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(knowledge.documentCount()).isEqualTo(1);
    }

    @Test
    void aNewVersionOfTheSameNameReplacesTheOld() {
        ingestor.ingest(file("policy.txt", "Expense reports are due within ten days."));
        ingestor.ingest(file("policy.txt", "Expense reports are due within five days."));

        assertThat(search("expense reports due")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("five days"));
        assertThat(knowledge.documentCount()).isEqualTo(1);
    }

    @Test
    void aFileDeclaredTooLargeIsRefusedWithoutBeingOpened() {
        AtomicInteger opened = new AtomicInteger();
        IncomingFile big = new IncomingFile("big.pdf", "web", LIMIT + 1, "", Optional.empty(), "", () -> {
            opened.incrementAndGet();
            return InputStream.nullInputStream();
        });

        IngestReport report = ingestor.ingest(big);

        assertThat(report.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("too_large");
            assertThat(e.message()).isEqualTo("big.pdf is larger than the limit of 9.8 KB; nothing was indexed.");
        });
        assertThat(opened).hasValue(0);
    }

    @Test
    void aFileThatTurnsOutTooLargeIsRefusedWhileReading() {
        byte[] bytes = "x".repeat((int) LIMIT + 10).getBytes(StandardCharsets.UTF_8);
        IncomingFile undeclared = new IncomingFile("stream.txt", "web", -1, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes));

        assertThat(ingestor.ingest(undeclared).error()).map(e -> e.code()).hasValue("too_large");
    }

    @Test
    void emptyAndUnreadableFilesAreRefusedAndNothingIndexedChanges() {
        ingestor.ingest(file("faq.txt", "Lunch is at noon."));
        IncomingFile failing = new IncomingFile("remote.pdf", "web", 100, "", Optional.empty(), "", () -> {
            throw new IOException("connection reset");
        });

        assertThat(ingestor.ingest(file("blank.txt", "")).error()).map(e -> e.code()).hasValue("empty");
        assertThat(ingestor.ingest(failing).error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("unreadable");
            assertThat(e.message()).contains("remote.pdf").contains("connection reset");
        });
        assertThat(search("lunch")).hasSize(1);
        assertThat(knowledge.documentCount()).isEqualTo(1);
    }

    @Test
    void aCorruptNewVersionLeavesTheOldOneInPlace() {
        ingestor.ingest(new IncomingFile("report.pdf", "web", -1, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(SampleFiles.pdf(null, "Revenue grew nine percent."))));
        byte[] garbage = "%PDF-1.7\nthis is not a pdf at all".getBytes(StandardCharsets.US_ASCII);

        IngestReport report = ingestor.ingest(new IncomingFile("report.pdf", "web", garbage.length, "",
                Optional.empty(), "", () -> new ByteArrayInputStream(garbage)));

        assertThat(report.status()).isEqualTo(IngestStatus.REJECTED);
        assertThat(search("revenue grew")).extracting(Passage::document).containsExactly("report.pdf");
    }

    @Test
    void documentsAreDeletedWithTheSourceTheyCameFrom() {
        byte[] a = "Desks are booked in the app.".getBytes(StandardCharsets.UTF_8);
        byte[] b = "Lockers are on floor two.".getBytes(StandardCharsets.UTF_8);
        ingestor.ingest(new IncomingFile("desks.txt", "web", a.length, "", Optional.empty(), "M1",
                () -> new ByteArrayInputStream(a)));
        ingestor.ingest(new IncomingFile("lockers.txt", "web", b.length, "", Optional.empty(), "M2",
                () -> new ByteArrayInputStream(b)));

        assertThat(knowledge.deleteBySource("other-scope", "M1")).isZero();
        assertThat(knowledge.deleteBySource("web", "M1")).isEqualTo(1);

        assertThat(search("desks booked")).isEmpty();
        assertThat(search("lockers floor")).hasSize(1);
    }
}
