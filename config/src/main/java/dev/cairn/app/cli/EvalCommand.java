package dev.cairn.app.cli;

import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.eval.BeirDataset;
import dev.cairn.knowledge.eval.RetrievalEvaluation;
import dev.cairn.app.knowledge.KnowledgeStoreProperties;
import dev.cairn.app.knowledge.KnowledgeStores;
import dev.cairn.app.knowledge.OpenSearchProperties;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code java -jar cairn.jar eval --dataset DIR [--split test] [--mode bm25|vector|hybrid] [--model NAME]
 * [--store lucene|opensearch --opensearch-url URL]}: indexes a BEIR dataset into a temporary directory (or fresh
 * OpenSearch indices named {@code cairn-eval-<time>-…}), runs its queries, prints progress lines and, last, one JSON line.
 */
public final class EvalCommand {
    private EvalCommand() {
    }

    /** Tries fusion settings on the same index and prints nDCG@10 for each (use a training split). */
    private static void tune(BeirDataset data, PassageStore index, RetrievalEvaluation evaluation,
                             RetrievalMode mode) {
        for (double k : new double[] {1, 5, 60}) {
            report(data, index, evaluation, mode, SearchTuning.DEFAULT.withFusion(false, k, 1.0, 0.6));
        }
        for (double vectorWeight : new double[] {0.5, 1.0, 1.5, 2.0}) {
            report(data, index, evaluation, mode, SearchTuning.DEFAULT.withFusion(true, 0, 1.0, vectorWeight));
        }
    }

    private static void report(BeirDataset data, PassageStore index, RetrievalEvaluation evaluation,
                               RetrievalMode mode, SearchTuning tuning) {
        RetrievalEvaluation.Result r = evaluation.run(data, index, mode, tuning, line -> { });
        System.out.printf(Locale.ROOT, "tune %s k=%.0f keyword=%.2f vector=%.2f: ndcg@10 %.4f recall@10 %.4f%n",
                tuning.convex() ? "convex" : "rrf", tuning.rrfK(),
                tuning.keywordWeight(), tuning.vectorWeight(), r.ndcg10(), r.recall10());
    }

    /** The Lucene index under {@code dir}, or fresh indices on the OpenSearch cluster named by the options. */
    private static PassageStore store(Arguments a, Path dir) {
        String prefix = "cairn-eval-" + System.currentTimeMillis();
        return KnowledgeStores.open(new KnowledgeStoreProperties(a.optional("store", KnowledgeStoreProperties.LUCENE)),
                new OpenSearchProperties(a.optional("opensearch-url", ""), "", "", prefix), dir,
                SearchTuning.DEFAULT.withContextWeight(0.5));
    }

    public static int run(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        Path dataset = Path.of(a.required("dataset"));
        String split = a.optional("split", "test");
        RetrievalMode mode = RetrievalMode.parse(a.optional("mode", "hybrid"));
        String model = mode == RetrievalMode.BM25 ? EmbeddingModels.NONE : a.optional("model", EmbeddingModels.AUTO);
        BeirDataset data = BeirDataset.load(dataset, split);
        System.out.printf(Locale.ROOT, "%s/%s: %d documents, %d judged queries, mode %s, model %s%n", data.name(),
                split, data.corpus().size(), data.queries().size(), mode.id(), model);
        Path dir = Files.createTempDirectory("cairn-eval");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (PassageStore index = store(a, dir)) {
            EmbeddingRouter router = EmbeddingModels.forName(model, dir.resolve("cache"), pool);
            RetrievalEvaluation evaluation = new RetrievalEvaluation(router);
            evaluation.load(data, index, System.out::println);
            if (a.has("tune")) {
                tune(data, index, evaluation, mode);
            }
            System.out.println(evaluation.run(data, index, mode, System.out::println).json());
        } finally {
            pool.shutdownNow();
            TempFiles.deleteTree(dir);
        }
        return 0;
    }
}
