package dev.cairn.bench;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.Vectors;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.eval.BeirDataset;
import dev.cairn.knowledge.eval.RetrievalEvaluation;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageVector;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Breaks the hybrid query's latency into its parts (query embedding, keyword list, vector list, the whole search)
 * over a scifact-repeated index kept on disk between runs, and counts garbage collections during the slow queries.
 * A diagnostic, not the benchmark: {@link KnowledgeBench} prints the figures that count.
 * Usage: {@code java -cp bench/target/cairn-bench.jar -Dloader.main=dev.cairn.bench.QueryProbe
 * org.springframework.boot.loader.launch.PropertiesLauncher --index DIR [--eval DIR] [--large N] [--rounds R]
 * [--other-scope true]} (the last adds a passage of another scope, so that questions see only part of the index)
 */
public final class QueryProbe {
    private QueryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path evalDir = Path.of(BenchInputs.option(args, "--eval", "../shared/eval"));
        Path dir = Path.of(BenchInputs.option(args, "--index", "/tmp/cairn-probe"));
        int large = Integer.parseInt(BenchInputs.option(args, "--large", "100000"));
        int rounds = Integer.parseInt(BenchInputs.option(args, "--rounds", "3"));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            EmbeddingRouter router = EmbeddingModels.forName(EmbeddingModels.AUTO, dir.resolveSibling("cache"), pool);
            BeirDataset scifact = BeirDataset.load(evalDir.resolve("scifact"), "test");
            boolean fresh = !hasSegments(dir);
            try (PassageIndex index = new PassageIndex(dir, 0.5)) {
                if (fresh) {
                    int copies = (int) Math.ceil(large / (double) scifact.corpus().size());
                    long start = System.nanoTime();
                    BeirDataset large100k = BenchInputs.repeat(scifact, copies);
                    new RetrievalEvaluation(new CachingRouter(router)).load(large100k, index, System.out::println);
                    System.out.printf(Locale.ROOT, "built in %.0f s%n", (System.nanoTime() - start) / 1e9);
                }
                if (Boolean.parseBoolean(BenchInputs.option(args, "--other-scope", "false"))
                        && index.byName("other", "other.txt").isEmpty()) { // questions then see part of the index
                    index.put(new DocumentInfo("other-1", "other.txt", "other", "text/plain", 0, 1, Instant.EPOCH,
                            Optional.empty(), ""), "other", List.of(new Chunk(Location.none(), "Another team's note.")),
                            Optional.empty());
                }
                System.out.printf(Locale.ROOT, "%d passages%n", index.passageTotal());
                List<String> questions = new ArrayList<>(scifact.queries().values());
                for (int round = 1; round <= rounds; round++) {
                    probe(round, index, router, questions);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void probe(int round, PassageIndex index, EmbeddingRouter router, List<String> questions) {
        int n = questions.size();
        double[] embed = new double[n];
        double[] bm25 = new double[n];
        double[] knn = new double[n];
        double[] hybrid = new double[n];
        double[] total = new double[n];
        double[] embedCpu = new double[n];
        double[] hybridCpu = new double[n];
        double[] bm25Cpu = new double[n];
        long[] gcs = new long[n];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            String q = questions.get(i);
            long gcBefore = gcCount();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Optional<PassageVector> vector = Vectors.query(router, q);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            index.search(new SearchSpec(q, List.of(), Set.of("eval"), 5, 0.5, RetrievalMode.HYBRID, vector));
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            gcs[i] = gcCount() - gcBefore;
            index.search(new SearchSpec(q, List.of(), Set.of("eval"), 5, 0.5, RetrievalMode.BM25, Optional.empty()));
            long t3 = System.nanoTime();
            bm25Cpu[i] = (threads.getCurrentThreadCpuTime() - c2) / 1e6;
            embedCpu[i] = (c1 - c0) / 1e6;
            hybridCpu[i] = (c2 - c1) / 1e6;
            index.search(new SearchSpec(q, List.of(), Set.of("eval"), 5, 0.5, RetrievalMode.VECTOR, vector));
            long t4 = System.nanoTime();
            embed[i] = (t1 - t0) / 1e6;
            hybrid[i] = (t2 - t1) / 1e6;
            total[i] = (t2 - t0) / 1e6;
            bm25[i] = (t3 - t2) / 1e6;
            knn[i] = (t4 - t3) / 1e6;
        }
        Map<String, double[]> parts = new LinkedHashMap<>();
        parts.put("embed+hybrid", total);
        parts.put("embed", embed);
        parts.put("hybrid search", hybrid);
        parts.put("bm25 search", bm25);
        parts.put("vector search", knn);
        parts.put("cpu: embed", embedCpu);
        parts.put("hybrid", hybridCpu);
        parts.put("bm25", bm25Cpu);
        StringBuilder line = new StringBuilder("round " + round + ":");
        parts.forEach((name, ms) -> {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            line.append(String.format(Locale.ROOT, " | %s p50 %.1f p99 %.1f max %.1f", name, sorted[n / 2],
                    sorted[(int) Math.ceil(n * 0.99) - 1], sorted[n - 1]));
        });
        System.out.println(line);
        StringBuilder slow = new StringBuilder("  slowest (total ms, embed, hybrid, hybrid cpu, gcs, chars):");
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(total[b], total[a]));
        for (int k = 0; k < 6; k++) {
            int i = order[k];
            slow.append(String.format(Locale.ROOT, " [%.1f %.1f %.1f %.1f %d %d]", total[i], embed[i], hybrid[i],
                    hybridCpu[i], gcs[i], questions.get(i).length()));
        }
        System.out.println(slow);
        Arrays.sort(order, (a, b) -> Double.compare(bm25Cpu[b], bm25Cpu[a]));
        StringBuilder costly = new StringBuilder("  most keyword cpu:");
        for (int k = 0; k < 3; k++) {
            costly.append(String.format(Locale.ROOT, " [%.1f ms: %s]", bm25Cpu[order[k]], questions.get(order[k])));
        }
        System.out.println(costly);
    }

    private static long gcCount() {
        long count = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static boolean hasSegments(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".si"));
        }
    }
}
