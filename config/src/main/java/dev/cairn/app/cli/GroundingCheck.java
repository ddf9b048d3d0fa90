package dev.cairn.app.cli;

import dev.cairn.core.BotReply;
import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.Citation;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.FileIntake;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.Vectors;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar cairn.jar grounding --pages DIR --questions FILE [--min-score X ...] [--mode M] [--model NAME]}:
 * indexes every file under
 * DIR (named by its path relative to DIR), asks each question of FILE (JSON lines: {@code question},
 * {@code answerable}, {@code pages}) as a new user, and prints, per threshold, how often an answerable question
 * cites one of its pages and how often an unanswerable one cites nothing. The last line is JSON.
 */
public final class GroundingCheck {
    private final PrintStream out;

    GroundingCheck(PrintStream out) {
        this.out = out;
    }

    public static int run(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        RetrievalMode mode = RetrievalMode.parse(a.optional("mode", "hybrid"));
        String model = mode == RetrievalMode.BM25 ? EmbeddingModels.NONE : a.optional("model", EmbeddingModels.AUTO);
        Path dir = Files.createTempDirectory("cairn-grounding");
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            EmbeddingRouter router = EmbeddingModels.forName(model, dir.resolve("cache"), pool);
            return new GroundingCheck(System.out).check(Path.of(a.required("pages")),
                    Path.of(a.required("questions")), a.doubles("min-score", List.of(0.5)), a.has("verbose"),
                    dir.resolve("index"), mode, router, a.has("dump") ? Optional.of(Path.of(a.required("dump")))
                            : Optional.empty());
        } finally {
            pool.shutdownNow();
            TempFiles.deleteTree(dir);
        }
    }

    int check(Path pages, Path questionsFile, List<Double> thresholds, boolean verbose, Path indexDir,
              RetrievalMode mode, EmbeddingRouter router, Optional<Path> dump) throws IOException {
        List<Question> questions = Question.read(questionsFile);
        try (PassageIndex index = new PassageIndex(indexDir, 0.5)) {
            int indexed = indexAll(pages, index, router);
            out.printf(Locale.ROOT, "indexed %d files from %s; %d questions; mode %s%n", indexed, pages,
                    questions.size(), mode.id());
            LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(index, mode, router);
            if (dump.isPresent()) {
                dumpCandidates(index, router, mode, questions, dump.get());
            }
            StringBuilder json = new StringBuilder("[");
            for (double threshold : thresholds) {
                Score score = ask(knowledge, questions, threshold, verbose);
                out.println(score.line(threshold));
                json.append(json.length() > 1 ? "," : "").append(score.json(threshold));
            }
            out.println(json.append(']'));
        }
        return 0;
    }

    private static int indexAll(Path pages, PassageIndex index, EmbeddingRouter router) throws IOException {
        Ingestor ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150),
                50L * 1024 * 1024, Clock.systemUTC(), router);
        int indexed = 0;
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = pages.relativize(file).toString().replace('\\', '/');
                IncomingFile incoming = new IncomingFile(name, ScopePolicy.WEB, Files.size(file), "", Optional.empty(), "",
                        () -> Files.newInputStream(file));
                indexed += ingestor.ingest(incoming).status() == IngestStatus.INDEXED ? 1 : 0;
            }
        }
        return indexed;
    }

    private Score ask(LuceneKnowledgeBase knowledge, List<Question> questions, double threshold, boolean verbose) {
        CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 10_000);
        ScopePolicy scopes = new ScopePolicy(Set.of());
        Dispatcher dispatcher = new Dispatcher(new BuiltInCommands(memory), new FileIntake((f) -> {
            throw new UnsupportedOperationException("no uploads while checking");
        }, scopes), Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(), 5, threshold,
                Clock.systemUTC()));
        Score score = new Score();
        int n = 0;
        for (Question q : questions) {
            User user = new User("grounding-" + (n++), "");
            BotReply reply = dispatcher.handle(InboundMessage.question(Platform.WEB, "web", user, q.text()));
            List<String> cited = reply.citations().stream().map(Citation::document).toList();
            boolean right = q.answerable() ? cited.stream().anyMatch(q.pages()::contains) : cited.isEmpty();
            score.count(q.answerable(), right);
            if (verbose && !right) {
                out.printf(Locale.ROOT, "  miss %s %s -> %s%n", q.id(), q.text(), cited);
            }
        }
        return score;
    }

    /** Writes every question's candidates with their coverage and cosine, for calibrating the relevance. */
    private static void dumpCandidates(PassageIndex index, EmbeddingRouter router, RetrievalMode mode,
                                       List<Question> questions, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        for (Question q : questions) {
            SearchSpec spec = new SearchSpec(q.text(), List.of(), Set.of(ScopePolicy.WEB), 10, 0, mode,
                    Vectors.query(router, q.text()));
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (PassageIndex.Scored s : index.candidates(spec)) {
                candidates.add(Map.of("document", s.passage().document(), "coverage", s.coverage(),
                        "cosine", s.cosine(), "right", q.pages().contains(s.passage().document())));
            }
            lines.add(json.writeValueAsString(Map.of("id", q.id(), "answerable", q.answerable(),
                    "candidates", candidates)));
        }
        Files.write(file, lines);
    }

    /** One line of the question file. */
    record Question(String id, String text, boolean answerable, List<String> pages) {
        static List<Question> read(Path file) throws IOException {
            JsonMapper json = JsonMapper.builder().build();
            List<Question> questions = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<String> pages = new ArrayList<>();
                node.path("pages").forEach(p -> pages.add(p.asString()));
                questions.add(new Question(node.path("id").asString(), node.path("question").asString(),
                        node.path("answerable").asBoolean(), pages));
            }
            return questions;
        }
    }

    /** Counts of right answers and abstentions. */
    static final class Score {
        int answerable;
        int citedRight;
        int unanswerable;
        int abstained;

        void count(boolean isAnswerable, boolean right) {
            if (isAnswerable) {
                answerable++;
                citedRight += right ? 1 : 0;
            } else {
                unanswerable++;
                abstained += right ? 1 : 0;
            }
        }

        String line(double threshold) {
            return String.format(Locale.ROOT, "min-score %.2f: answerable cited right %d/%d (%.1f%%), "
                    + "unanswerable cited nothing %d/%d (%.1f%%)", threshold, citedRight, answerable,
                    percent(citedRight, answerable), abstained, unanswerable, percent(abstained, unanswerable));
        }

        String json(double threshold) {
            return String.format(Locale.ROOT, "{\"min_score\":%.2f,\"answerable\":%d,\"cited_right\":%.4f,"
                    + "\"unanswerable\":%d,\"abstained\":%.4f}", threshold, answerable,
                    ratio(citedRight, answerable), unanswerable, ratio(abstained, unanswerable));
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }

        private static double percent(int part, int whole) {
            return 100 * ratio(part, whole);
        }
    }
}
