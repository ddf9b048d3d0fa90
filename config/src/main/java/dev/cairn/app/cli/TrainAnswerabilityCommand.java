package dev.cairn.app.cli;

import dev.cairn.core.ScopePolicy;
import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import dev.cairn.knowledge.answerability.AnswerabilityModel;
import dev.cairn.knowledge.answerability.LogisticRegression;
import dev.cairn.knowledge.crosslingual.BilingualDictionary;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.training.AnswerabilityTraining;
import dev.cairn.knowledge.training.TrainingQuestions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code java -jar cairn.jar train-answerability --pages DIR [--corpus FILE [--corpus-limit N]] --out FILE
 * [--questions N] [--seed S] [--elsewhere-share F] [--asking-share F] [--examples FILE]}: indexes the documents as
 * {@code grounding} does, makes questions and near misses from their passages ({@link TrainingQuestions}), fits the
 * answerability model on them ({@link AnswerabilityTraining}) and writes its weights file, then with {@code
 * --examples} the training examples as CSV. The same documents, seed and count give the same file. {@code --index
 * DIR} keeps the index there and indexes only when it holds no document. Both output paths and the shares are
 * checked before indexing.
 */
final class TrainAnswerabilityCommand {
    static final String USAGE = "java -jar cairn.jar train-answerability [--pages DIR] [--corpus corpus.jsonl "
            + "[--corpus-limit N]] --out FILE [--questions N (default 800)] [--seed S (default 14)] "
            + "[--elsewhere-share F (default 0): the share of near misses asking for a word other passages hold] [--asking-share F (default 0): the share of questions given an everyday "
            + "asking word] [--model NAME] "
            + "[--index DIR: keep the index there; index only when it is empty] [--examples FILE: also write the "
            + "examples, one CSV line each: label then features]";
    static final double L2 = 0.001;
    static final int ITERATIONS = 3000;
    static final double LEARNING_RATE = 0.5;

    private TrainAnswerabilityCommand() {
    }

    static int run(String[] args, PrintStream out) throws IOException {
        Arguments a = Arguments.parse(args);
        Path target = writable(Path.of(a.required("out")), "out");
        Optional<Path> examples = a.has("examples")
                ? Optional.of(writable(Path.of(a.required("examples")), "examples")) : Optional.empty();
        int count = Integer.parseInt(a.optional("questions", "800"));
        long seed = Long.parseLong(a.optional("seed", "14"));
        double elsewhereShare = share(a, "elsewhere-share");
        double askingShare = share(a, "asking-share");
        GroundingCheck.Sources sources = new GroundingCheck.Sources(
                a.has("pages") ? Optional.of(Path.of(a.required("pages"))) : Optional.empty(),
                a.has("corpus") ? Optional.of(Path.of(a.required("corpus"))) : Optional.empty(),
                Integer.parseInt(a.optional("corpus-limit", String.valueOf(Integer.MAX_VALUE))));
        Path dir = Files.createTempDirectory("cairn-train");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (PassageIndex index = new PassageIndex(
                a.has("index") ? Path.of(a.required("index")) : dir.resolve("index"), 0.5)) {
            EmbeddingRouter router = EmbeddingModels.forName(a.optional("model", EmbeddingModels.AUTO),
                    dir.resolve("cache"), pool);
            int indexed = index.documentCount() > 0 ? index.documentCount()
                    : GroundingCheck.indexAll(sources, Set.of(), index, router);
            AnswerabilityTraining training = new AnswerabilityTraining(index, router, Set.of(ScopePolicy.WEB));
            List<TrainingQuestions.Source> passages = training.sources();
            List<String> names = BilingualDictionary.shipped().names().stream().sorted().toList();
            List<TrainingQuestions.Pair> pairs = new TrainingQuestions(new MixedLanguageAnalyzer(), names, seed,
                    elsewhereShare, askingShare).make(passages, count);
            AnswerabilityTraining.Result result = training.fit(pairs,
                    new LogisticRegression(L2, ITERATIONS, LEARNING_RATE));
            long answering = result.examples().stream().filter(LogisticRegression.Example::answers).count();
            String how = String.format(Locale.ROOT, "answerability weights (logistic regression), written by:%n"
                    + "java -jar cairn.jar train-answerability %s%n"
                    + "%d documents, %d passages; %d question pairs (seed %d); %d examples, %d answering; "
                    + "l2 %s, %d iterations, learning rate %s; training accuracy %.3f",
                    String.join(" ", java.util.Arrays.copyOfRange(args, 1, args.length)), indexed, passages.size(),
                    pairs.size(), seed, result.examples().size(), answering, L2, ITERATIONS, LEARNING_RATE,
                    accuracy(result));
            StringWriter text = new StringWriter();
            result.model().write(text, how);
            Files.writeString(target, text.toString(), StandardCharsets.UTF_8);
            if (examples.isPresent()) {
                writeExamples(result.examples(), examples.get());
            }
            out.print(text);
            return 0;
        } finally {
            pool.shutdownNow();
            TempFiles.deleteTree(dir);
        }
    }

    /** A share option in [0, 1] (default 0), named in the message when it is not one. */
    private static double share(Arguments a, String option) {
        String given = a.optional(option, "0");
        double share;
        try {
            share = Double.parseDouble(given);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " must be a number within [0, 1], was " + given);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("--" + option + " must be within [0, 1], was " + given);
        }
        return share;
    }

    /**
     * A file to write at the end, checked before the minutes of indexing and fitting: its folder must exist and be
     * writable, and the file itself, when there, writable.
     */
    private static Path writable(Path file, String option) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)
                || Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalArgumentException("--" + option + " " + file + " cannot be written (its folder must exist"
                    + " and be writable)");
        }
        return file;
    }

    /** One line per example: 1 or 0 (answers or not), then the feature values in the model's order, with a header. */
    static void writeExamples(List<LogisticRegression.Example> examples, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("answers," + String.join(",", AnswerabilityFeatures.NAMES) + "\n");
        for (LogisticRegression.Example e : examples) {
            csv.append(e.answers() ? 1 : 0);
            for (double v : e.x()) {
                csv.append(',').append(String.format(Locale.ROOT, "%.6f", v));
            }
            csv.append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static double accuracy(AnswerabilityTraining.Result result) {
        AnswerabilityModel model = result.model();
        long right = result.examples().stream()
                .filter(e -> model.probability(e.x()) >= 0.5 == e.answers()).count();
        return (double) right / result.examples().size();
    }
}
