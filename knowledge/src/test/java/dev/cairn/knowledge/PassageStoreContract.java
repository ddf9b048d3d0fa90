package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import dev.cairn.knowledge.index.RankedLists;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The knowledge behaviour every {@link PassageStore} must show, run through the ingestor and the knowledge base as
 * the server runs them: scopes, replacing and deleting files (atomically as seen by searches), spreadsheets' rows,
 * Chinese text, deleting by source, the documents listing, and vectors that follow keywords. A store's test extends
 * it and opens a fresh, empty store.
 */
public abstract class PassageStoreContract {
    private final EmbeddingRouter router = EmbeddingRouter.single(new BagOfWordsEmbedder("vec_test"));
    private final AtomicInteger clockTicks = new AtomicInteger();
    /** A clock one second further on each reading, so that "newest first" is well defined. */
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(clockTicks.incrementAndGet());
        }
    };
    protected PassageStore store;
    private Ingestor ingestor;

    /** A new, empty store. */
    protected abstract PassageStore openStore();

    @BeforeEach
    void openTheStore() {
        store = openStore();
        ingestor = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20, clock,
                router);
    }

    @AfterEach
    void closeTheStore() throws Exception {
        store.close();
    }

    private IngestReport add(String scope, String name, String text) {
        return add(scope, name, text, "");
    }

    private IngestReport add(String scope, String name, String text, String source) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ingestor.ingest(new IncomingFile(name, scope, bytes.length, "", Optional.empty(), source,
                () -> new ByteArrayInputStream(bytes)));
    }

    private LuceneKnowledgeBase knowledge(RetrievalMode mode) {
        return new LuceneKnowledgeBase(store, mode, router);
    }

    private List<Passage> search(RetrievalMode mode, String query, String... scopes) {
        return knowledge(mode).search(new SearchRequest(query, List.of(), Set.of(scopes), 5, 0.0));
    }

    /** A keyword search of scope web with the server's usual threshold. */
    private List<Passage> search(String query) {
        return knowledge(RetrievalMode.BM25).search(new SearchRequest(query, List.of(), Set.of("web"), 5, 0.3));
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void noModeReturnsPassagesOutsideTheScopesEvenWhenTheQueryNamesThem(RetrievalMode mode) {
        add("slack:T1", "merger-plan.txt", "The merger plan with Initech closes in March.");
        add("slack:T2", "lunch.txt", "Lunch is served at noon in the canteen.");

        List<Passage> found = search(mode, "merger plan Initech merger-plan.txt", "slack:T2");

        assertThat(found).allSatisfy(p -> assertThat(p.scope()).isEqualTo("slack:T2"));
        assertThat(search(mode, "merger plan Initech", "slack:T1")).extracting(Passage::document)
                .containsExactly("merger-plan.txt");
        assertThat(search(mode, "merger plan Initech", "slack:T9")).isEmpty();
        assertThat(store.documents(Set.of("slack:T2"))).extracting(DocumentInfo::name).containsExactly("lunch.txt");
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void everyModeFindsTheMatchingPassageFirst(RetrievalMode mode) {
        add("web", "lunch.txt", "Lunch is served at noon in the canteen.");
        add("web", "badges.txt", "Visitor badges are printed at the front desk.");

        List<Passage> found = search(mode, "where are visitor badges printed", "web");

        assertThat(found).first().satisfies(p -> assertThat(p.document()).isEqualTo("badges.txt"));
        assertThat(found).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    }

    @Test
    void relevanceReadsSharedWordsAndMeaning() {
        add("web", "badges.txt", "Visitor badges are printed at the front desk.");

        Passage hit = search(RetrievalMode.HYBRID, "visitor badges printed front desk", "web").get(0);
        List<Passage> offTopic = knowledge(RetrievalMode.HYBRID)
                .search(new SearchRequest("quarterly revenue forecast", List.of(), Set.of("web"), 5, 0.5));

        assertThat(hit.score()).isGreaterThan(0.9);
        assertThat(offTopic).isEmpty();
        assertThat(store.unknownWords("visitor badges for contractors", Set.of("web"), 5))
                .containsExactly("contractors");
    }

    @Test
    void aNewVersionOfTheSameNameReplacesTheOld() {
        IngestReport old = add("web", "policy.txt", "Expense reports are due within ten days.");
        IngestReport fresh = add("web", "policy.txt", "Expense reports are due within five days.");

        assertThat(search("expense reports due")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("five days"));
        assertThat(store.documents(Set.of("web"))).extracting(DocumentInfo::id).containsExactly(fresh.documentId());
        assertThat(store.document(old.documentId())).isEmpty();
        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(store.passageTotal()).isEqualTo(1);
    }

    @Test
    void searchesDuringReplacementsSeeExactlyOneVersion() throws Exception {
        add("web", "rota.txt", "The on-call rota version 0 lists the duty engineer.");
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
        Thread searcher = new Thread(() -> {
            while (!done.get()) {
                seen.add(search(RetrievalMode.BM25, "on-call rota duty engineer", "web").size());
            }
        });
        searcher.start();
        for (int version = 1; version <= 5; version++) {
            add("web", "rota.txt", "The on-call rota version " + version + " lists the duty engineer.");
        }
        done.set(true);
        searcher.join();

        assertThat(seen).isNotEmpty().containsOnly(1);
        assertThat(search("on-call rota duty engineer")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("version 5"));
    }

    @Test
    void deleteRemovesTheDocumentAndItsPassages() {
        IngestReport report = add("web", "a.txt", "Alpha text about badges.");

        assertThat(knowledge(RetrievalMode.HYBRID).delete(report.documentId())).isTrue();
        assertThat(knowledge(RetrievalMode.HYBRID).delete(report.documentId())).isFalse();
        assertThat(search("badges")).isEmpty();
        assertThat(store.documentCount()).isZero();
        assertThat(store.passageTotal()).isZero();
        assertThat(store.byName("web", "a.txt")).isEmpty();
    }

    @Test
    void documentsAreDeletedWithTheSourceTheyCameFrom() {
        add("web", "desks.txt", "Desks are booked in the app.", "M1");
        add("web", "lockers.txt", "Lockers are on floor two.", "M2");

        assertThat(knowledge(RetrievalMode.BM25).deleteBySource("other-scope", "M1")).isZero();
        assertThat(knowledge(RetrievalMode.BM25).deleteBySource("web", "M1")).isEqualTo(1);

        assertThat(search("desks booked")).isEmpty();
        assertThat(search("lockers floor")).hasSize(1);
    }

    @Test
    void theDocumentsListingShowsEachScopesFilesNewestFirstAndSpotsDuplicates() {
        IngestReport first = add("web", "first.txt", "Lunch is at noon.");
        add("web", "second.txt", "The gym opens at six.");
        add("slack:T1", "elsewhere.txt", "Parking is free.");

        IngestReport copy = add("web", "copy.txt", "Lunch is at noon.");

        assertThat(copy.status()).isEqualTo(IngestStatus.DUPLICATE);
        assertThat(copy.documentId()).isEqualTo(first.documentId());
        assertThat(store.documents(Set.of("web"))).extracting(DocumentInfo::name)
                .containsExactly("second.txt", "first.txt");
        assertThat(store.documents(Set.of("web", "slack:T1"))).hasSize(3);
        assertThat(store.documents(Set.of())).isEmpty();
        DocumentInfo listed = store.documents(Set.of("slack:T1")).get(0);
        assertThat(listed.passages()).isEqualTo(1);
        assertThat(store.passageCount(listed.id())).isEqualTo(1);
        assertThat(store.byHash("web", listed.id())).isEmpty();
    }

    @Test
    void passagesFoundInASpreadsheetNameTheirSheetAndRows() {
        StringBuilder csv = new StringBuilder("Leave type,Accrual\n");
        for (int row = 2; row <= 40; row++) {
            csv.append("Type ").append(row).append(",").append(row).append(" hours per pay period\n");
        }
        csv.append("Sabbatical,one month after seven years\n");

        add("web", "leave.csv", csv.toString());
        List<Passage> found = knowledge(RetrievalMode.BM25)
                .search(new SearchRequest("sabbatical leave", List.of(), Set.of("web"), 5, 0.3));

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).text()).contains("Leave type: Sabbatical; Accrual: one month after seven years");
        assertThat(found.get(0).location().label()).matches("rows \\d+–41");
        assertThat(found.get(0).location().rows()).hasValueSatisfying(rows -> assertThat(rows.last()).isEqualTo(41));
    }

    @Test
    void chineseQuestionsFindChinesePassages() {
        add("web", "报销.txt", "员工出差报销需要在十天内提交发票。");
        add("web", "食堂.txt", "公司食堂中午十二点供应午餐。");

        List<Passage> found = knowledge(RetrievalMode.BM25)
                .search(new SearchRequest("出差报销什么时候提交发票？", List.of(), Set.of("web"), 5, 0.3));

        assertThat(found).extracting(Passage::document).containsExactly("报销.txt");
        assertThat(search(RetrievalMode.BM25, "午餐 食堂", "web")).first()
                .satisfies(p -> assertThat(p.document()).isEqualTo("食堂.txt"));
    }

    @Test
    void aChineseQuestionIsComparedWithEnglishPassagesThroughItsTranslation() {
        Embedder english = new BagOfWordsEmbedder("vec_en");
        Embedder chinese = new BagOfWordsEmbedder("vec_zh");
        EmbeddingRouter byScript = EmbeddingRouter.byScript(english, chinese);
        Ingestor bilingual = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                clock, byScript);
        String leave = "Up to 240 hours of annual leave can be carried over to the next leave year.";
        for (String[] file : List.of(new String[] {"leave.txt", leave},
                new String[] {"茶.txt", "龙井茶产于浙江杭州西湖一带，已有一千二百多年历史。"})) {
            byte[] bytes = file[1].getBytes(StandardCharsets.UTF_8);
            bilingual.ingest(new IncomingFile(file[0], "web", bytes.length, "", Optional.empty(), "",
                    () -> new ByteArrayInputStream(bytes)));
        }
        String question = "年假可以结转多少小时？";
        List<PassageVector> translated = Vectors.translated(byScript, QueryTranslator.shipped(), question,
                store::holdsVectors);

        List<PassageStore.Scored> candidates = store.candidates(new SearchSpec(question, List.of(), Set.of("web"), 5,
                0, RetrievalMode.HYBRID, Vectors.query(byScript, question), translated));

        assertThat(store.holdsVectors("vec_en")).isTrue();
        assertThat(store.holdsVectors("vec_none")).isFalse();
        assertThat(translated).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("vec_en"));
        assertThat(candidates).filteredOn(s -> s.passage().document().equals("leave.txt")).singleElement()
                .satisfies(s -> {
                    assertThat(s.cosine()).isCloseTo(RankedLists.cosine(english.embed(leave),
                            translated.get(0).values()), org.assertj.core.data.Offset.offset(1e-5));
                    assertThat(s.relevance()).isGreaterThanOrEqualTo(s.coverage());
                });
        assertThat(new LuceneKnowledgeBase(store, RetrievalMode.HYBRID, byScript)
                .search(new SearchRequest(question, List.of(), Set.of("web"), 5, 0.0)))
                .extracting(Passage::document).contains("leave.txt");
    }

    /** The share of a keyword question's weight the passage of {@code document} holds (scope web). */
    private double coverage(String question, String document) {
        return store.candidates(SearchSpec.bm25(question, List.of(), Set.of("web"), 5, 0)).stream()
                .filter(s -> s.passage().document().equals(document)).findFirst().orElseThrow().coverage();
    }

    @Test
    void aPassageLackingOnlyTheQuestionsFramingWordsStillHoldsMostOfIt() {
        add("web", "software.txt", "Sublime Text licenses are bought by the tools team on request.");
        add("web", "leave.txt", "Supervisors approve annual leave in HR Links.");
        add("web", "ask.txt", "You are allowed to ask the help desk; they usually reply soon.");

        assertThat(coverage("am i supposed to get a sublime text license", "software.txt")).isGreaterThan(0.75);
        assertThat(coverage("am i allowed to ask about parking usually", "ask.txt")).isLessThan(0.5);
    }

    @Test
    void aMisspeltWordCountsAsTheWordThePassagesHold() {
        add("web", "travel.txt", "Travel must be approved in the travel system before the trip starts.");
        add("web", "approvals.txt", "Your supervisor approved the request; approved trips appear in the list.");

        assertThat(coverage("when is travel aproved", "travel.txt"))
                .isEqualTo(coverage("when is travel approved", "travel.txt"));
        assertThat(search("travel aproved")).first()
                .satisfies(p -> assertThat(p.document()).isEqualTo("travel.txt"));
    }

    @Test
    void aChatAbbreviationCountsAsTheWordThePassagesWriteInFull() {
        add("web", "travel.txt", "Your travel authorization must be approved before the trip starts.");
        add("web", "parking.txt", "Parking in the garage is free for employees with a badge.");

        // "auth" is held through "authorization"; a word no passage holds in its place is not
        assertThat(coverage("when does my travel auth need approval", "travel.txt")).isGreaterThan(0.85);
        assertThat(coverage("when does my travel zqxv need approval", "travel.txt")).isLessThan(0.6);
        assertThat(search("auth approved")).first()
                .satisfies(p -> assertThat(p.document()).isEqualTo("travel.txt"));
    }

    @Test
    void aChineseQuestionHoldsTheWordsAnEnglishPassageHoldsInTranslation() {
        add("web", "leave.txt", "Up to 240 hours of annual leave can be carried over to the next leave year.");
        add("web", "parking.txt", "Parking in the garage is free for employees with a badge.");

        List<PassageStore.Scored> found = store.candidates(SearchSpec.bm25("年假能结转多少小时？", List.of(),
                Set.of("web"), 5, 0));

        assertThat(found).first().satisfies(s -> {
            assertThat(s.passage().document()).isEqualTo("leave.txt");
            assertThat(s.coverage()).isGreaterThanOrEqualTo(0.5);
        });
    }

    @Test
    void aNearMissNamingANumberThePassageLacksIsLessRelevantThanOneLackingAnOrdinaryWord() {
        add("web", "badges.txt", "Visitor badges are printed at the front desk.");
        SearchSpec ordinary = spec("visitor badges printed tomorrow");
        SearchSpec number = spec("visitor badges printed 2027");

        PassageStore.Scored lacksWord = store.candidates(ordinary).get(0);
        PassageStore.Scored lacksNumber = store.candidates(number).get(0);

        assertThat(lacksNumber.coverage()).isEqualTo(lacksWord.coverage());
        assertThat(lacksNumber.relevance()).isLessThan(lacksWord.relevance() - 0.05);
    }

    private SearchSpec spec(String question) {
        return new SearchSpec(question, List.of(), Set.of("web"), 5, 0, RetrievalMode.HYBRID,
                Vectors.query(router, question));
    }

    @Test
    void aFileIsSearchableByKeywordsBeforeItsVectorsAreInAndGetsThemAfterwards() {
        List<Runnable> queued = new ArrayList<>();
        Ingestor deferred = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                clock, router, queued::add);
        IngestReport report = deferred.ingest(new IncomingFile("badges.txt", "web", 46, "", Optional.empty(), "",
                () -> new ByteArrayInputStream("Visitor badges are printed at the front desk."
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(store.documentsMissingVectors(List.of("vec_test"))).containsExactly(report.documentId());
        // Every word of the question is in the passage: full keyword relevance (the Lucene index also caps it by
        // the answerability model, a little under 1).
        assertThat(search(RetrievalMode.HYBRID, "visitor badges printed", "web")).singleElement()
                .satisfies(p -> assertThat(p.score()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0));
        assertThat(search(RetrievalMode.VECTOR, "visitor badges printed", "web")).isEmpty();

        queued.forEach(Runnable::run);

        assertThat(store.documentsMissingVectors(List.of("vec_test"))).isEmpty();
        assertThat(search(RetrievalMode.VECTOR, "visitor badges printed", "web")).hasSize(1);
    }

    @Test
    void passagesLeftWithoutVectorsAreFoundAndFilled() {
        Ingestor lost = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                clock, router, job -> { });
        lost.ingest(new IncomingFile("lunch.txt", "web", 39, "", Optional.empty(), "",
                () -> new ByteArrayInputStream("Lunch is served at noon in the canteen."
                        .getBytes(StandardCharsets.UTF_8))));

        assertThat(new VectorBackfill(store, router).fillAll()).isEqualTo(1);

        assertThat(store.documentsMissingVectors(List.of("vec_test"))).isEmpty();
        assertThat(search(RetrievalMode.VECTOR, "lunch canteen noon", "web")).hasSize(1);
    }

    @Test
    void aSweepFillsOnlyDocumentsIndexedBeforeItsCutoffLeavingNewerOnesToTheReplicaEmbeddingThem() {
        Ingestor lost = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                clock, router, job -> { });
        IngestReport report = lost.ingest(new IncomingFile("parking.txt", "web", 44, "", Optional.empty(), "",
                () -> new ByteArrayInputStream("Parking permits are renewed every January."
                        .getBytes(StandardCharsets.UTF_8))));
        Instant indexedAt = store.document(report.documentId()).orElseThrow().indexedAt();
        VectorBackfill sweep = new VectorBackfill(store, router);

        assertThat(sweep.fillIndexedBefore(indexedAt)).as("indexed at the cutoff: still someone's job").isZero();
        assertThat(store.documentsMissingVectors(List.of("vec_test"))).containsExactly(report.documentId());

        assertThat(sweep.fillIndexedBefore(indexedAt.plusSeconds(1))).as("indexed before it: abandoned").isEqualTo(1);
        assertThat(store.documentsMissingVectors(List.of("vec_test"))).isEmpty();
        assertThat(search(RetrievalMode.VECTOR, "parking permits renewed", "web")).hasSize(1);
    }

    @Test
    void vectorsForAVersionReplacedMeanwhileAreDropped() {
        List<Runnable> queued = new ArrayList<>();
        Ingestor deferred = new Ingestor(store, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                clock, router, queued::add);
        for (String text : List.of("Expense reports are due in ten days.", "Expense reports are due in five days.")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            deferred.ingest(new IncomingFile("policy.txt", "web", bytes.length, "", Optional.empty(), "",
                    () -> new ByteArrayInputStream(bytes)));
        }

        queued.forEach(Runnable::run);

        assertThat(search(RetrievalMode.HYBRID, "expense reports due", "web")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("five days"));
        assertThat(store.documentsMissingVectors(List.of("vec_test"))).isEmpty();
    }
}
