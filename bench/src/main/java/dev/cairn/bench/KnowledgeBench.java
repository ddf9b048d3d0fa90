package dev.cairn.bench;

import dev.cairn.bench.load.LoadBench;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.Vectors;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.eval.BeirDataset;
import dev.cairn.knowledge.eval.RetrievalEvaluation;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import dev.cairn.knowledge.opensearch.OpenSearchSettings;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Prints the knowledge engine's figures on this machine: ingestion of a generated 100-page PDF (time until it is
 * answerable by keyword and until its vectors are in) and of the scifact corpus (pages/s, passages/s), query
 * latency p50/p99 at 5k and 100k passages (hybrid, query embedding included), the cost of questions over a
 * knowledge base in both scripts (scifact with cmrc2018-chunks, when that set is there), and peak RSS.
 * Usage: {@code java -jar bench/target/cairn-bench.jar [--eval DIR] [--large N]}; with {@code load} first, runs
 * {@link LoadBench} instead.
 */
public final class KnowledgeBench {
    private KnowledgeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("load")) {
            LoadBench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path evalDir = Path.of(BenchInputs.option(args, "--eval", "../shared/eval"));
        int large = Integer.parseInt(BenchInputs.option(args, "--large", "100000"));
        Path work = Files.createTempDirectory("cairn-bench");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            EmbeddingRouter router = EmbeddingModels.forName(EmbeddingModels.AUTO, work.resolve("cache"), pool);
            pdf(work.resolve("pdf"), router);
            BeirDataset scifact = BeirDataset.load(evalDir.resolve("scifact"), "test");
            EmbeddingRouter cached = new CachingRouter(router);
            int copies = (int) Math.ceil(large / (double) scifact.corpus().size());
            Optional<String> openSearch = Optional.ofNullable(BenchInputs.option(args, "--opensearch-url", null));
            String prefix = "cairn-bench-" + System.currentTimeMillis();
            for (int n : List.of(1, copies)) {
                Path dir = work.resolve("lucene-" + n);
                corpus("lucene", () -> new PassageIndex(dir, 0.5), cached, router, scifact, n);
                openSearch.ifPresent(url -> corpus("opensearch", () -> OpenSearchPassageStore.open(
                        new OpenSearchSettings(url, "", "", prefix + "-" + n), SearchTuning.DEFAULT), cached, router,
                        scifact, n));
            }
            openSearch.ifPresent(url -> System.out.printf(Locale.ROOT, "(indices %s-* left on %s)%n", prefix, url));
            Path cmrc = evalDir.resolve("cmrc2018-chunks");
            if (Files.isRegularFile(cmrc.resolve("corpus.jsonl"))) {
                bilingual(work.resolve("bilingual"), cached, router, scifact, BeirDataset.load(cmrc, "test"));
            }
            System.out.printf(Locale.ROOT, "peak RSS: %d MB%n", PeakRss.megabytes());
        } finally {
            pool.shutdownNow();
            deleteTree(work);
        }
    }

    /** A 100-page PDF through the whole ingestion path: keyword commit first, vectors in the background. */
    private static void pdf(Path dir, EmbeddingRouter router) throws Exception {
        byte[] pdf = GeneratedPdf.pages(100);
        ExecutorService vectorWork = Executors.newSingleThreadExecutor();
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            Ingestor ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150),
                    100L << 20, Clock.systemUTC(), router, vectorWork);
            LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(index, RetrievalMode.HYBRID, router);
            knowledge.search(new SearchRequest("warm up the models", List.of(), Set.of("bench"), 5, 0));
            long start = System.nanoTime();
            IngestReport report = ingestor.ingest(new IncomingFile("handbook-100.pdf", "bench", pdf.length, "",
                    Optional.empty(), "", () -> new ByteArrayInputStream(pdf)));
            boolean found = !knowledge.search(new SearchRequest("policy number 57 travel rules", List.of(),
                    Set.of("bench"), 5, 0.5)).isEmpty();
            double keyword = (System.nanoTime() - start) / 1e9;
            vectorWork.shutdown();
            vectorWork.awaitTermination(10, TimeUnit.MINUTES);
            double vectors = (System.nanoTime() - start) / 1e9;
            boolean complete = index.documentsMissingVectors(router.embedders().stream().map(Embedder::field)
                    .toList()).isEmpty();
            System.out.printf(Locale.ROOT, "100-page PDF: %s; answerable by keyword after %.2f s (%s), vectors in "
                            + "after %.2f s (%s); %.1f pages/s, %.1f passages/s end to end%n",
                    Messages.bundled().text(Language.ENGLISH, report.summary()),
                    keyword, found ? "a keyword question found it" : "NOT FOUND", vectors,
                    complete ? "all passages" : "SOME MISSING", report.pages() / vectors, report.passages() / vectors);
        } finally {
            vectorWork.shutdownNow();
        }
    }

    /**
     * The scifact corpus, repeated {@code copies} times with new ids, then query latencies. Passages are embedded
     * through {@code passages} (which may remember repeated texts), questions always afresh through {@code queries}.
     */
    private static void corpus(String store, Supplier<PassageStore> open, EmbeddingRouter passages,
                               EmbeddingRouter queries, BeirDataset scifact, int copies) {
        BeirDataset data = copies == 1 ? scifact : BenchInputs.repeat(scifact, copies);
        try (PassageStore index = open.get()) {
            RetrievalEvaluation evaluation = new RetrievalEvaluation(passages);
            long start = System.nanoTime();
            evaluation.load(data, index, line -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d passages (scifact x%d): indexed in %.1f s, %.1f passages/s%n",
                    store, data.corpus().size(), copies, seconds, data.corpus().size() / seconds);
            LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(index, RetrievalMode.HYBRID, queries);
            List<String> questions = new ArrayList<>(scifact.queries().values());
            double[] millis = new double[questions.size()];
            for (int i = 0; i < questions.size(); i++) {
                long t = System.nanoTime();
                knowledge.search(new SearchRequest(questions.get(i), List.of(), Set.of("eval"), 5, 0.5));
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "  %s hybrid query (top 5, embedding included) over %d passages: "
                            + "p50 %.1f ms, p99 %.1f ms%n", store, data.corpus().size(), millis[millis.length / 2],
                    millis[(int) Math.ceil(millis.length * 0.99) - 1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * scifact (English) and cmrc2018-chunks (Chinese) in one index, where every question is also put into the other
     * script and embedded by its model: ingestion (each passage is still embedded once, by its own script's model)
     * and question latency with the translation (through the knowledge base) and without it (the question's own
     * vector only), for English and for Chinese questions.
     */
    private static void bilingual(Path dir, EmbeddingRouter passages, EmbeddingRouter queries, BeirDataset english,
                                  BeirDataset chinese) {
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            RetrievalEvaluation evaluation = new RetrievalEvaluation(passages);
            long start = System.nanoTime();
            evaluation.load(english, index, line -> { });
            evaluation.load(chinese, index, line -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            int total = english.corpus().size() + chinese.corpus().size();
            System.out.printf(Locale.ROOT, "bilingual: %d passages (scifact + cmrc2018-chunks): indexed in %.1f s, "
                    + "%.1f passages/s (no passage is embedded twice)%n", total, seconds, total / seconds);
            LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(index, RetrievalMode.HYBRID, queries);
            for (BeirDataset questions : List.of(english, chinese)) {
                List<String> texts = questions.queries().values().stream().limit(300).toList();
                double[] translated = new double[texts.size()];
                double[] own = new double[texts.size()];
                for (int i = 0; i < texts.size(); i++) {
                    String q = texts.get(i);
                    long t = System.nanoTime();
                    knowledge.search(new SearchRequest(q, List.of(), Set.of("eval"), 5, 0.5));
                    translated[i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    index.search(new SearchSpec(q, List.of(), Set.of("eval"), 5, 0.5, RetrievalMode.HYBRID,
                            Vectors.query(queries, q)));
                    own[i] = (System.nanoTime() - t) / 1e6;
                }
                System.out.printf(Locale.ROOT, "  %s questions over both (top 5, embeddings included): with the "
                        + "translation %s; question's own vector only %s%n", questions.name(), percentiles(translated),
                        percentiles(own));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String percentiles(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
