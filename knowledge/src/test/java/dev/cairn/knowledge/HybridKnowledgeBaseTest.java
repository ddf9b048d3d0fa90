package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HybridKnowledgeBaseTest {
    @TempDir
    Path dir;
    private PassageIndex index;
    private Ingestor ingestor;
    private final EmbeddingRouter router = EmbeddingRouter.single(new BagOfWordsEmbedder("vec_test"));

    @BeforeEach
    void open() {
        index = new PassageIndex(dir, 0.5);
        ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.systemUTC(), router);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(String scope, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ingestor.ingest(new IncomingFile(name, scope, bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes)));
    }

    private List<Passage> search(RetrievalMode mode, String query, String... scopes) {
        return new LuceneKnowledgeBase(index, mode, router)
                .search(new SearchRequest(query, List.of(), Set.of(scopes), 5, 0.0));
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void noModeReturnsPassagesOutsideTheScopesEvenWhenTheQueryNamesThem(RetrievalMode mode) {
        add("slack:T1", "merger-plan.txt", "The merger plan with Initech closes in March.");
        add("slack:T2", "lunch.txt", "Lunch is served at noon in the canteen.");

        List<Passage> found = search(mode, "merger plan Initech merger-plan.txt", "slack:T2");

        assertThat(found).allSatisfy(p -> assertThat(p.scope()).isEqualTo("slack:T2"));
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void searchingEveryScopeOfTheIndexFindsPassagesOfEach(RetrievalMode mode) {
        add("slack:T1", "merger-plan.txt", "The merger plan with Initech closes in March.");
        add("slack:T2", "merger-faq.txt", "Questions about the merger plan go to the legal team.");

        List<Passage> found = search(mode, "merger plan", "slack:T1", "slack:T2");

        assertThat(found).extracting(Passage::scope).containsExactlyInAnyOrder("slack:T1", "slack:T2");
    }

    @ParameterizedTest
    @EnumSource(RetrievalMode.class)
    void aScopeWithNoDocumentsFindsNothingWhileOthersHoldMatches(RetrievalMode mode) {
        add("slack:T1", "merger-plan.txt", "The merger plan with Initech closes in March.");

        assertThat(search(mode, "merger plan Initech", "slack:T9")).isEmpty();
        assertThat(search(mode, "merger plan Initech", "slack:T1")).extracting(Passage::scope).containsOnly("slack:T1");
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
    void hybridRelevanceNeedsSharedWordsAndSharedMeaning() {
        add("web", "badges.txt", "Visitor badges are printed at the front desk.");

        Passage hit = search(RetrievalMode.HYBRID, "visitor badges printed front desk", "web").get(0);
        List<Passage> offTopic = new LuceneKnowledgeBase(index, RetrievalMode.HYBRID, router)
                .search(new SearchRequest("quarterly revenue forecast", List.of(), Set.of("web"), 5, 0.5));

        assertThat(hit.score()).isGreaterThan(0.5);
        assertThat(offTopic).isEmpty();
    }

    @Test
    void aFileIsSearchableByKeywordsBeforeItsVectorsAreInAndGetsThemAfterwards() {
        List<Runnable> queued = new java.util.ArrayList<>();
        Ingestor deferred = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.systemUTC(), router, queued::add);
        byte[] bytes = "Visitor badges are printed at the front desk.".getBytes(StandardCharsets.UTF_8);
        var report = deferred.ingest(new IncomingFile("badges.txt", "web", bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes)));

        assertThat(index.documentsMissingVectors(List.of("vec_test"))).containsExactly(report.documentId());
        assertThat(search(RetrievalMode.HYBRID, "visitor badges printed", "web")).singleElement()
                .satisfies(p -> assertThat(p.score()).isGreaterThan(0.5));
        assertThat(search(RetrievalMode.VECTOR, "visitor badges printed", "web")).isEmpty();

        queued.forEach(Runnable::run);

        assertThat(index.documentsMissingVectors(List.of("vec_test"))).isEmpty();
        assertThat(search(RetrievalMode.VECTOR, "visitor badges printed", "web")).hasSize(1);
    }

    @Test
    void passagesLeftWithoutVectorsByAStopAreFilledAtTheNextStart() {
        Ingestor lost = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.systemUTC(), router, job -> { });
        byte[] bytes = "Lunch is served at noon in the canteen.".getBytes(StandardCharsets.UTF_8);
        lost.ingest(new IncomingFile("lunch.txt", "web", bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes)));

        assertThat(new VectorBackfill(index, router).fillAll()).isEqualTo(1);

        assertThat(index.documentsMissingVectors(List.of("vec_test"))).isEmpty();
        assertThat(search(RetrievalMode.VECTOR, "lunch canteen noon", "web")).hasSize(1);
    }

    @Test
    void aBackfillToldToStopEndsBetweenTwoDocumentsAndLeavesTheRestForTheNextStart() {
        Ingestor lost = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.systemUTC(), router, job -> { });
        for (String text : List.of("Lunch is served at noon in the canteen.", "The gym opens at six.")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            lost.ingest(new IncomingFile(text.substring(4, 8) + ".txt", "web", bytes.length, "", Optional.empty(), "",
                    () -> new ByteArrayInputStream(bytes)));
        }
        AtomicInteger asked = new AtomicInteger();

        assertThat(new VectorBackfill(index, router).fillAll(() -> asked.getAndIncrement() > 0)).isEqualTo(1);

        assertThat(index.documentsMissingVectors(List.of("vec_test"))).hasSize(1);
        assertThat(new VectorBackfill(index, router).fillAll()).isEqualTo(1);
        assertThat(index.documentsMissingVectors(List.of("vec_test"))).isEmpty();
    }

    @Test
    void vectorsForAVersionReplacedMeanwhileAreDropped() {
        List<Runnable> queued = new java.util.ArrayList<>();
        Ingestor deferred = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.systemUTC(), router, queued::add);
        byte[] old = "Expense reports are due in ten days.".getBytes(StandardCharsets.UTF_8);
        byte[] fresh = "Expense reports are due in five days.".getBytes(StandardCharsets.UTF_8);
        deferred.ingest(new IncomingFile("policy.txt", "web", old.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(old)));
        deferred.ingest(new IncomingFile("policy.txt", "web", fresh.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(fresh)));

        queued.forEach(Runnable::run);

        assertThat(search(RetrievalMode.HYBRID, "expense reports due", "web")).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("five days"));
        assertThat(index.documentsMissingVectors(List.of("vec_test"))).isEmpty();
    }
}
