package dev.cairn.bench;

import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.eval.BeirDataset;
import dev.cairn.knowledge.eval.RetrievalEvaluation;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchTuning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The eval command's figures with the index kept on disk, so that several splits and modes (or a tuning session) are
 * measured on one index without embedding the corpus again. Same defaults as {@code cairn.jar eval}; delete the index
 * directory after changing how passages are indexed.
 * Usage: {@code java -cp bench/target/cairn-bench.jar -Dloader.main=dev.cairn.bench.EvalProbe
 * org.springframework.boot.loader.launch.PropertiesLauncher --dataset DIR --index DIR [--split test]
 * [--mode hybrid,bm25,vector] [--convex "1,1.5;1,2"]} (the last tries convex fusion weights: keyword,vector)
 */
public final class EvalProbe {
    private EvalProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(BenchInputs.option(args, "--dataset", null));
        Path dir = Path.of(BenchInputs.option(args, "--index", null));
        String split = BenchInputs.option(args, "--split", "test");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            EmbeddingRouter router = EmbeddingModels.forName(EmbeddingModels.AUTO, dir.resolveSibling("cache"), pool);
            BeirDataset data = BeirDataset.load(dataset, split);
            boolean fresh = !Files.isDirectory(dir);
            try (PassageIndex index = new PassageIndex(dir, 0.5)) {
                RetrievalEvaluation evaluation = new RetrievalEvaluation(router);
                if (fresh || index.passageTotal() == 0) {
                    evaluation.load(data, index, System.out::println);
                }
                for (String mode : BenchInputs.option(args, "--mode", "hybrid").split(",")) {
                    System.out.println(evaluation.run(data, index, RetrievalMode.parse(mode), line -> { }).json());
                }
                for (String weights : BenchInputs.option(args, "--convex", "").split(";")) {
                    if (!weights.isBlank()) { // keyword,vector weights of the convex fusion
                        String[] w = weights.split(",");
                        SearchTuning tuning = SearchTuning.DEFAULT.withFusion(true, 0, Double.parseDouble(w[0]),
                                Double.parseDouble(w[1]));
                        System.out.println("convex " + weights + ": " + evaluation.run(data, index,
                                RetrievalMode.HYBRID, tuning, line -> { }).json());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
