package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.parse.DocumentParser;
import dev.cairn.knowledge.parse.HostileFiles;
import dev.cairn.knowledge.parse.SampleFiles;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt the parser, each ingested after a good document with the real Tika parser, under the JVM's
 * default heap: each gets a clear report of its own, and the good document still answers. Each test prints one line,
 * {@code hostile NAME: OUTCOME in N ms, peak heap M MB} (the peak counts garbage not yet collected too).
 */
class HostileFilesTest {
    private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    @TempDir
    Path dir;
    private PassageIndex index;
    private LuceneKnowledgeBase knowledge;

    @BeforeEach
    void open() {
        index = new PassageIndex(dir.resolve("data").resolve("index"), 0.5);
        knowledge = new LuceneKnowledgeBase(index, RetrievalMode.BM25, EmbeddingRouter.none());
        IngestReport good = ingestor(new TikaDocumentParser()).ingest(file("handbook.pdf",
                SampleFiles.pdf("Handbook", "Laptops need full-disk encryption before they leave the office.")));
        assertThat(good.status()).isEqualTo(IngestStatus.INDEXED);
    }

    @AfterEach
    void close() throws IOException {
        assertThat(search("which laptops need full-disk encryption")).extracting(Passage::document)
                .contains("handbook.pdf");
        index.close();
    }

    @Test
    void aZipBombWordFileIsRefusedAsTooLargeBeforeItIsUnpacked() {
        IngestReport report = ingest("zip-bomb.docx", HostileFiles.zipBombDocx(300L * 1024 * 1024));

        assertRejected(report, "zip-bomb.docx", "too_large", "unpacks to far more data than its size");
    }

    @Test
    void aPdfClaimingAHundredThousandPagesIsRefusedAtTheTenThousandthPage() {
        IngestReport report = ingest("hundred-thousand-pages.pdf", HostileFiles.pdfClaimingPages(100_000));

        assertRejected(report, "hundred-thousand-pages.pdf", "too_large", "more than 10000 pages");
    }

    @Test
    void aPdfWhosePageCountLiesIsReadForThePagesItHas() {
        IngestReport report = ingest("lying-count.pdf", HostileFiles.pdfWithPageTree(100_000, 1));

        assertThat(report.status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(report.pages()).isEqualTo(1);
        assertThat(search("page of the hostile book")).extracting(Passage::document).containsExactly("lying-count.pdf");
    }

    @Test
    void aParseThatOutlastsItsDeadlineIsRefusedAsTooComplex() {
        Ingestor impatient = ingestor(new TikaDocumentParser(TikaDocumentParser.DEFAULT_MAX_CHARS,
                Duration.ofMillis(200)));

        IngestReport report = measure("slow.pdf", () -> impatient.ingest(file("slow.pdf",
                HostileFiles.pdfClaimingPages(100_000))));

        assertRejected(report, "slow.pdf", "too_complex", "took longer than 200 ms to read");
    }

    @Test
    void deeplyNestedHtmlIsReadAndItsTextIndexed() {
        IngestReport report = ingest("deep.html", HostileFiles.nestedHtml("div", 100_000));

        assertThat(report.status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(search("deepest paragraph")).extracting(Passage::text)
                .containsExactly("The deepest paragraph says hello.");
    }

    @Test
    void aTwentyMegabyteLineIsRefusedAsMoreTextThanOneFileMayHold() {
        IngestReport report = ingest("one-line.txt", HostileFiles.oneLine(20 * 1024 * 1024));

        assertRejected(report, "one-line.txt", "too_large", "more than 20000000 characters of text");
    }

    /** Just under the 20 million character budget: indexed whole, cut into passages at spaces. */
    @Test
    void aNineteenMegabyteLineIsIndexedWhole() {
        IngestReport report = ingest("nineteen-mb-line.txt", HostileFiles.oneLine(19_000_000));

        assertThat(report.status()).isEqualTo(IngestStatus.INDEXED);
        assertThat(report.passages()).isGreaterThan(19_000_000 / 1200);
        assertThat(search("lorem ipsum consectetur")).extracting(Passage::document).contains("nineteen-mb-line.txt");
    }

    @Test
    void invalidUtf8IsReadAsUtf8WithTheBadBytesReplaced() {
        IngestReport report = ingest("cafe.txt", HostileFiles.invalidUtf8());

        assertThat(report.status()).isEqualTo(IngestStatus.INDEXED);
        List<Passage> found = search("when does the café close");
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).text()).contains("Café Brötchen opens at seven o’clock — every weekday.\uFFFD")
                .contains("The café closes at three").contains("€4").doesNotContain("Ã");
    }

    @Test
    void aWorkbookWithAMillionCellsIsRefusedBeforeTikaReadsIt() {
        IngestReport report = ingest("million-cells.xlsx", HostileFiles.xlsx(100_000, 10));

        assertRejected(report, "million-cells.xlsx", "too_large", "more than 200000 table cells");
    }

    @Test
    void hostileFileNamesAreCleanedAndNothingIsWrittenOutsideTheDataDirectory() throws IOException {
        String traversal = "../../../escape/../evil-plan.txt";
        String controls = "minutes\u0000\n\r\u001b[31m\u202Egpj.txt";
        String longName = "q".repeat(296) + ".txt";

        IngestReport first = ingest(traversal, text("The evil plan is to move the standup to 7 am."));
        IngestReport second = ingest(controls, text("The minutes say the budget was approved."));
        IngestReport third = ingest(longName, text("A very long name holds the parking rules."));

        assertThat(first.name()).isEqualTo("evil-plan.txt");
        assertThat(second.name()).isEqualTo("minutes____[31m_gpj.txt");
        assertThat(third.name()).hasSize(200).startsWith("qqqq").endsWith("q….txt");
        assertThat(List.of(first, second, third)).extracting(IngestReport::status).containsOnly(IngestStatus.INDEXED);
        assertThat(search("evil plan standup")).extracting(Passage::document).containsExactly("evil-plan.txt");
        assertThat(search("budget approved minutes")).extracting(Passage::document)
                .containsExactly("minutes____[31m_gpj.txt");
        assertThat(knowledge.documents(Set.of("web"))).extracting(DocumentInfo::name)
                .contains("evil-plan.txt", "minutes____[31m_gpj.txt", third.name());
        try (Stream<Path> written = Files.walk(dir)) {
            assertThat(written).allMatch(p -> p.startsWith(dir.resolve("data").resolve("index")) || p.equals(dir)
                    || p.equals(dir.resolve("data")));
        }
        // where the name would have led from the index folder, and from the data folder
        assertThat(dir.resolve("data/index").resolve(traversal).normalize()).doesNotExist();
        assertThat(dir.resolve("data").resolve(traversal).normalize()).doesNotExist();
        assertThat(dir.getParent().resolve("escape")).doesNotExist();
    }

    private Ingestor ingestor(DocumentParser parser) {
        return new Ingestor(index, parser, new ParagraphChunker(1200, 150), MAX_FILE_BYTES, Clock.systemUTC(),
                EmbeddingRouter.none());
    }

    private IngestReport ingest(String name, byte[] bytes) {
        Ingestor ingestor = ingestor(new TikaDocumentParser());
        return measure(name, () -> ingestor.ingest(file(name, bytes)));
    }

    /** Ingests, then prints the outcome, the time it took and the heap's peak meanwhile. */
    private static IngestReport measure(String name, java.util.function.Supplier<IngestReport> ingestion) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        IngestReport report = ingestion.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        String outcome = report.status().name().toLowerCase(Locale.ROOT)
                + report.error().map(e -> " " + e.code()).orElse(" (" + report.passages() + (report.passages() == 1 ? " passage)" : " passages)"));
        System.out.printf(Locale.ROOT, "hostile %s: %s in %d ms, peak heap %d MB (max %d MB)%n",
                printable(name), outcome, millis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return report;
    }

    private static String printable(String name) {
        String shown = name.codePoints().map(c -> Character.isISOControl(c) || c == 0x202E ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 40 ? shown.substring(0, 20) + "…(" + shown.length() + " chars)" : shown;
    }

    private static void assertRejected(IngestReport report, String name, String code, String reason) {
        assertThat(report.status()).isEqualTo(IngestStatus.REJECTED);
        assertThat(report.name()).isEqualTo(name);
        assertThat(report.error()).hasValueSatisfying(error -> {
            assertThat(error.code()).isEqualTo(code);
            assertThat(error.message()).startsWith(name).contains(reason).contains("nothing was indexed");
        });
        assertThat(report.documentId()).isEmpty();
    }

    private List<Passage> search(String query) {
        return knowledge.search(new SearchRequest(query, List.of(), Set.of("web"), 5, 0.3));
    }

    private static byte[] text(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static IncomingFile file(String name, byte[] bytes) {
        return new IncomingFile(name, "web", bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes));
    }
}
