package dev.cairn.app.cli;

import dev.cairn.knowledge.eval.BeirDataset;
import dev.cairn.knowledge.eval.RetrievalEvaluation;
import dev.cairn.knowledge.index.PassageIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar cairn.jar eval --dataset DIR [--split test] [--mode bm25]}: indexes a BEIR dataset into a
 * temporary directory, runs its queries, prints progress lines and, last, one JSON line of figures.
 */
public final class EvalCommand {
    private EvalCommand() {
    }

    public static int run(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        Path dataset = Path.of(a.required("dataset"));
        String split = a.optional("split", "test");
        String mode = a.optional("mode", "bm25").toLowerCase(Locale.ROOT);
        if (!mode.equals("bm25")) {
            throw new IllegalArgumentException("--mode " + mode + " is not available yet; use bm25");
        }
        BeirDataset data = BeirDataset.load(dataset, split);
        System.out.printf(Locale.ROOT, "%s/%s: %d documents, %d judged queries%n", data.name(), split,
                data.corpus().size(), data.queries().size());
        Path dir = Files.createTempDirectory("cairn-eval");
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            RetrievalEvaluation.load(data, index, System.out::println);
            System.out.println(RetrievalEvaluation.run(data, index, mode, System.out::println).json());
        } finally {
            TempFiles.deleteTree(dir);
        }
        return 0;
    }
}
