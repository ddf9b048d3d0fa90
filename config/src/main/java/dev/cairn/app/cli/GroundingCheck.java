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
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.crosslingual.BilingualDictionary;
import dev.cairn.knowledge.crosslingual.DictionaryTermTranslator;
import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar cairn.jar grounding --pages DIR [--corpus FILE [--corpus-limit N]] --questions FILE... [--min-score X ...]
 * [--split S] [--mode M] [--model NAME] [--verbose]}: indexes every file under DIR (named by its path relative to DIR) and
 * every passage of a BEIR {@code corpus.jsonl} (named by its {@code _id}), asks each question of the question files
 * (JSON lines: {@code question}, {@code answerable}, {@code pages}, {@code split}, {@code kind}, {@code key_fact})
 * as a new user, and prints, per split and kind, how often an answerable question cites one of its pages and holds
 * its key fact in the answer text, and how often an unanswerable one cites nothing: in full at the default
 * min-score, then as a curve over the thresholds asked. {@code --split tune} asks only that split's questions (for
 * choosing anything; report {@code test}). {@code --verbose} shows each miss: what it cited, the five most relevant of
 * the first 50 passages retrieved at any relevance (relevance, document, opening), so that an abstention shows how
 * far below the threshold the right page was, and the answer. The last line is one JSON object. {@code --index DIR}
 * keeps the index there and indexes only when it holds no document, so that later runs over the same documents skip
 * indexing.
 */
public final class GroundingCheck {
    /** The default of {@code cairn.knowledge.retrieval.min-score}. */
    static final double DEFAULT_MIN_SCORE = 0.5;
    private static final List<String> KIND_ORDER = List.of("answerable", "near-miss", "off-topic", "unanswerable",
            "zh-over-en", "en-over-zh");
    /**
     * Stands for {@code /} in a page's document name: the ingestor keeps only the last part of a path, and pages in
     * different folders share names ({@code index.md}), so the folders stay in the name with this separator.
     */
    static final String FOLDER = "\u2215";
    /** Passages retrieved per question, as in the default configuration. */
    private static final int TOP_K = 5;
    /** How many passages a verbose miss picks its {@link #TOP_K} most relevant from, whatever their relevance. */
    private static final int SHOWN_FROM = 50;
    /** Characters of a retrieved passage shown for a miss with {@code --verbose}. */
    private static final int PASSAGE_CHARS = 200;
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
            List<Double> thresholds = new ArrayList<>(a.doubles("min-score", List.of(0.3, 0.4, 0.5, 0.6, 0.7)));
            if (!thresholds.contains(DEFAULT_MIN_SCORE)) {
                thresholds.add(DEFAULT_MIN_SCORE);
            }
            Sources sources = new Sources(a.has("pages") ? Optional.of(Path.of(a.required("pages"))) : Optional.empty(),
                    a.has("corpus") ? Optional.of(Path.of(a.required("corpus"))) : Optional.empty(),
                    Integer.parseInt(a.optional("corpus-limit", String.valueOf(Integer.MAX_VALUE))));
            return new GroundingCheck(System.out).check(sources, a.all("questions").stream().map(Path::of).toList(),
                    thresholds.stream().sorted().toList(), a.optional("split", ""), a.has("verbose"),
                    a.has("index") ? Path.of(a.required("index")) : dir.resolve("index"), mode, router,
                    a.has("dump") ? Optional.of(Path.of(a.required("dump"))) : Optional.empty());
        } finally {
            pool.shutdownNow();
            TempFiles.deleteTree(dir);
        }
    }

    /**
     * Where the documents come from: a folder of files, a BEIR corpus, or both; of the corpus, only the first
     * {@code corpusLimit} passages and those a question names (to keep the run short on a busy machine).
     */
    record Sources(Optional<Path> pages, Optional<Path> corpus, int corpusLimit) {
        Sources {
            if (pages.isEmpty() && corpus.isEmpty()) {
                throw new IllegalArgumentException("give --pages DIR, --corpus FILE or both");
            }
        }
    }

    int check(Sources sources, List<Path> questionFiles, List<Double> thresholds, String onlySplit, boolean verbose,
              Path indexDir,
              RetrievalMode mode, EmbeddingRouter router, Optional<Path> dump) throws IOException {
        if (questionFiles.isEmpty()) {
            throw new IllegalArgumentException("missing --questions FILE...");
        }
        List<Question> questions = new ArrayList<>();
        for (Path file : questionFiles) {
            questions.addAll(Question.read(file).stream().filter(q -> onlySplit.isEmpty() || q.split().equals(onlySplit))
                    .toList());
        }
        JsonMapper json = JsonMapper.builder().build();
        try (PassageIndex index = new PassageIndex(indexDir, 0.5)) {
            long started = System.nanoTime();
            Set<String> named = new java.util.HashSet<>();
            questions.forEach(q -> named.addAll(q.pages()));
            int indexed = index.documentCount() > 0 ? index.documentCount() : indexAll(sources, named, index, router);
            out.printf(Locale.ROOT, "indexed %d documents in %.1f s; %d questions; mode %s%n", indexed,
                    (System.nanoTime() - started) / 1e9, questions.size(), mode.id());
            LuceneKnowledgeBase knowledge = new LuceneKnowledgeBase(index, mode, router);
            if (dump.isPresent()) {
                dumpCandidates(index, router, mode, questions, dump.get());
            }
            ObjectNode result = json.createObjectNode();
            result.put("mode", mode.id());
            result.put("default_min_score", DEFAULT_MIN_SCORE);
            ArrayNode curve = result.putArray("curve");
            Map<Double, Map<String, Map<String, Tally>>> byThreshold = new TreeMap<>();
            for (double threshold : thresholds) {
                byThreshold.put(threshold, ask(knowledge, questions, threshold, verbose && threshold == DEFAULT_MIN_SCORE));
            }
            Map<String, Map<String, Tally>> atDefault = byThreshold.get(DEFAULT_MIN_SCORE);
            out.printf(Locale.ROOT, "at min-score %.2f (the default):%n", DEFAULT_MIN_SCORE);
            atDefault.forEach((split, kinds) -> kinds.forEach((kind, tally) ->
                    out.printf(Locale.ROOT, "  %-5s %-13s %s%n", split, kind, tally.line())));
            result.set("at_default", figures(json, atDefault));
            for (String split : atDefault.keySet()) {
                out.printf(Locale.ROOT, "curve on %s:%n", split);
                byThreshold.forEach((threshold, splits) -> {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  min-score %.2f:", threshold));
                    splits.getOrDefault(split, Map.of()).forEach((kind, tally) ->
                            line.append(' ').append(kind).append(' ').append(tally.brief()).append(';'));
                    out.println(line);
                });
            }
            byThreshold.forEach((threshold, splits) -> {
                ObjectNode point = curve.addObject();
                point.put("min_score", threshold);
                point.set("figures", figures(json, splits));
            });
            out.println(json.writeValueAsString(result));
        }
        return 0;
    }

    private static ObjectNode figures(JsonMapper json, Map<String, Map<String, Tally>> splits) {
        ObjectNode node = json.createObjectNode();
        splits.forEach((split, kinds) -> {
            ObjectNode s = node.putObject(split);
            kinds.forEach((kind, tally) -> tally.into(s.putObject(kind)));
        });
        return node;
    }

    static int indexAll(Sources sources, Set<String> named, PassageIndex index, EmbeddingRouter router)
            throws IOException {
        Ingestor ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150),
                50L * 1024 * 1024, Clock.systemUTC(), router);
        int indexed = 0;
        if (sources.pages().isPresent()) {
            Path pages = sources.pages().get();
            try (Stream<Path> files = Files.walk(pages)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = pages.relativize(file).toString().replace('\\', '/').replace("/", FOLDER);
                    IncomingFile incoming = new IncomingFile(name, ScopePolicy.WEB, Files.size(file), "",
                            Optional.empty(), "", () -> Files.newInputStream(file));
                    indexed += ingestor.ingest(incoming).status() == IngestStatus.INDEXED ? 1 : 0;
                }
            }
        }
        if (sources.corpus().isPresent()) {
            JsonMapper json = JsonMapper.builder().build();
            int seen = 0;
            for (String line : Files.readAllLines(sources.corpus().get())) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                if (seen++ >= sources.corpusLimit() && !named.contains(doc.path("_id").asString())) {
                    continue;
                }
                String title = doc.path("title").asString("");
                String text = (title.isBlank() ? "" : title + "\n\n") + doc.path("text").asString("");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                IncomingFile incoming = new IncomingFile(doc.path("_id").asString() + ".txt", ScopePolicy.WEB,
                        bytes.length, "text/plain", Optional.empty(), "", () -> new ByteArrayInputStream(bytes));
                indexed += ingestor.ingest(incoming).status() == IngestStatus.INDEXED ? 1 : 0;
            }
        }
        return indexed;
    }

    private Map<String, Map<String, Tally>> ask(LuceneKnowledgeBase knowledge, List<Question> questions,
                                                double threshold, boolean verbose) {
        CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 10_000);
        ScopePolicy scopes = new ScopePolicy(Set.of());
        Dispatcher dispatcher = new Dispatcher(new BuiltInCommands(memory), new FileIntake((f) -> {
            throw new UnsupportedOperationException("no uploads while checking");
        }, scopes), Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(new DictionaryTermTranslator(BilingualDictionary::shipped)), TOP_K, threshold,
                Clock.systemUTC()));
        Map<String, Map<String, Tally>> tallies = new TreeMap<>(Comparator.comparing(GroundingCheck::splitOrder));
        int n = 0;
        for (Question q : questions) {
            User user = new User("grounding-" + (n++), "");
            InboundMessage asked = InboundMessage.question(Platform.WEB, "web", user, q.text());
            BotReply reply = dispatcher.handle(asked);
            List<String> cited = reply.citations().stream().map(Citation::document).toList();
            boolean rightPage = q.answerable() ? cited.stream().anyMatch(q::isPage) : cited.isEmpty();
            boolean fact = q.answerable() && q.factIn(reply.text());
            Map<String, Tally> kinds = tallies.computeIfAbsent(q.split(),
                    k -> new TreeMap<>(Comparator.comparingInt(GroundingCheck::kindOrder).thenComparing(x -> x)));
            kinds.computeIfAbsent(q.kind(), k -> new Tally(q.answerable())).count(rightPage, fact);
            if (!q.answerable()) {
                kinds.computeIfAbsent("unanswerable", k -> new Tally(false)).count(rightPage, false);
            }
            if (verbose && (!rightPage || (q.answerable() && !fact))) {
                out.printf(Locale.ROOT, "  miss %s [%s %s] %s -> %s%s%n", q.id(), q.split(), q.kind(), q.text(),
                        cited, q.answerable() && rightPage ? " (key fact missing)" : "");
                for (var p : knowledge.search(new SearchRequest(q.text(), List.of(), scopes.visible(asked),
                        SHOWN_FROM, 0)).stream().sorted(Comparator.comparingDouble(Passage::score).reversed())
                        .limit(TOP_K).toList()) {
                    String text = p.text().replace('\n', ' ');
                    out.printf(Locale.ROOT, "    passage %.2f %s: %s%n", p.score(), p.document(),
                            text.substring(0, Math.min(PASSAGE_CHARS, text.length())));
                }
                if (!cited.isEmpty()) {
                    out.println("    answered: " + reply.text().replace("\n", "\n    "));
                }
            }
        }
        return tallies;
    }

    private static int splitOrder(String split) {
        return split.equals("test") ? 0 : split.equals("tune") ? 1 : 2;
    }

    private static int kindOrder(String kind) {
        int i = KIND_ORDER.indexOf(kind);
        return i < 0 ? KIND_ORDER.size() : i;
    }

    /** Writes every question's candidates with their coverage and cosine, for calibrating the relevance. */
    private static void dumpCandidates(PassageIndex index, EmbeddingRouter router, RetrievalMode mode,
                                       List<Question> questions, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        for (Question q : questions) {
            SearchSpec spec = new SearchSpec(q.text(), List.of(), Set.of(ScopePolicy.WEB), 100, 0, mode,
                    Vectors.query(router, q.text()), mode == RetrievalMode.BM25 ? List.of()
                    : Vectors.translated(router, QueryTranslator.shipped(), q.text(), index::holdsVectors));
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (PassageIndex.Explained e : index.explained(spec)) {
                PassageStore.Scored s = e.scored();
                candidates.add(Map.of("document", s.passage().document(), "coverage", s.coverage(),
                        "cosine", s.cosine(), "relevance", s.relevance(), "features", e.features().values(),
                        "right", q.isPage(s.passage().document())));
            }
            lines.add(json.writeValueAsString(Map.of("id", q.id(), "split", q.split(), "kind", q.kind(),
                    "answerable", q.answerable(), "candidates", candidates)));
        }
        Files.write(file, lines);
    }

    /** One line of a question file. */
    record Question(String id, String text, boolean answerable, List<String> pages, String split, String kind,
                    List<String> keyFacts) {
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
                List<String> facts = new ArrayList<>();
                node.path("key_fact").forEach(f -> facts.add(f.asString()));
                boolean answerable = node.path("answerable").asBoolean();
                questions.add(new Question(node.path("id").asString(), node.path("question").asString(),
                        answerable, pages, node.path("split").asString("all"),
                        node.path("kind").asString(answerable ? "answerable" : "unanswerable"), facts));
            }
            return questions;
        }

        /** Whether a cited document is one of this question's pages (a corpus passage is cited as ID.txt). */
        boolean isPage(String document) {
            String path = document.replace(FOLDER, "/");
            return pages.contains(path) || pages.contains(path.replaceFirst("\\.txt$", ""));
        }

        /** Whether one of the key facts is in the text, ignoring case, spacing and Markdown emphasis. */
        boolean factIn(String text) {
            String said = normal(text);
            return keyFacts.stream().anyMatch(f -> said.contains(normal(f)));
        }

        private static String normal(String s) {
            return s.replaceAll("[*_`]", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** Counts for one split and kind: right pages and key facts for answerable questions, abstentions otherwise. */
    static final class Tally {
        private final boolean answerable;
        private int questions;
        private int right;
        private int facts;

        Tally(boolean answerable) {
            this.answerable = answerable;
        }

        void count(boolean rightOrAbstained, boolean fact) {
            questions++;
            right += rightOrAbstained ? 1 : 0;
            facts += fact ? 1 : 0;
        }

        String line() {
            return answerable
                    ? String.format(Locale.ROOT, "%3d questions: right page cited %5.1f%%, key fact in the answer %5.1f%%",
                            questions, percent(right), percent(facts))
                    : String.format(Locale.ROOT, "%3d questions: cited nothing %5.1f%%", questions, percent(right));
        }

        String brief() {
            return answerable ? String.format(Locale.ROOT, "page %.1f%% fact %.1f%%", percent(right), percent(facts))
                    : String.format(Locale.ROOT, "none %.1f%%", percent(right));
        }

        void into(ObjectNode node) {
            node.put("questions", questions);
            if (answerable) {
                node.put("cited_right", round(ratio(right)));
                node.put("key_fact", round(ratio(facts)));
            } else {
                node.put("cited_nothing", round(ratio(right)));
            }
        }

        private double ratio(int part) {
            return questions == 0 ? 0 : (double) part / questions;
        }

        private double percent(int part) {
            return 100 * ratio(part);
        }

        private static double round(double x) {
            return Math.round(x * 10_000) / 10_000.0;
        }
    }
}
