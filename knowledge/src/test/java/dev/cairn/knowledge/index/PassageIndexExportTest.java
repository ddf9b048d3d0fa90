package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.Vectors;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index's files read back whole ({@link PassageIndex#exportAll}) and written to another store make a copy that
 * answers every question alike: same records, hashes, passages, locations, scopes and vectors.
 */
class PassageIndexExportTest {
    private static final Embedder LATIN = new BagOfWordsEmbedder("vec_latin");
    private static final Embedder HAN = new BagOfWordsEmbedder("vec_han");
    /** Two models, one field each, chosen by script, as the shipped router does. */
    private static final EmbeddingRouter ROUTER = new EmbeddingRouter() {
        @Override
        public Optional<Embedder> route(String text) {
            return Optional.of(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) ? HAN : LATIN);
        }

        @Override
        public List<Embedder> embedders() {
            return List.of(LATIN, HAN);
        }
    };
    private static final String LEAVE_CSV = "Leave type,Accrual\nAnnual,4 hours per pay period\n"
            + "Sick,3 hours per pay period\nSabbatical,one month after seven years\n";

    @TempDir
    Path dir;

    private static void add(Ingestor ingestor, String scope, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        IngestStatus status = ingestor.ingest(new IncomingFile(name, scope, bytes.length, "",
                Optional.of("https://example.org/" + name), "", () -> new ByteArrayInputStream(bytes))).status();
        assertThat(status).isEqualTo(IngestStatus.INDEXED);
    }

    private static Ingestor ingestor(PassageIndex index, EmbeddingRouter router) {
        return new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(300, 50), 1 << 20,
                Clock.systemUTC(), router);
    }

    private static List<PassageStore.Entry> export(PassageIndex index) {
        List<PassageStore.Entry> entries = new ArrayList<>();
        assertThat(index.exportAll(entries::add)).isEqualTo(entries.size());
        return entries;
    }

    @Test
    void aCopyMadeFromTheExportHoldsTheSameFilesAndFindsTheSamePassages() throws IOException {
        try (PassageIndex source = new PassageIndex(dir.resolve("source"), 0.5);
             PassageIndex copy = new PassageIndex(dir.resolve("copy"), 0.5)) {
            Ingestor ingestor = ingestor(source, ROUTER);
            add(ingestor, "web", "leave.csv", LEAVE_CSV);
            add(ingestor, "web", "食堂.txt", "公司食堂中午十二点供应午餐。\n\n周五晚上食堂不开放。");
            add(ingestor, "slack:T1", "merger.txt", "The merger plan with Initech closes in March.");
            add(ingestor, "slack:T1", "merger.txt", "The merger plan with Initech closes in April.");
            add(ingestor(source, EmbeddingRouter.none()), "slack:T1", "keywords-only.txt", "Parking is free.");

            List<PassageStore.Entry> entries = export(source);
            copy.putAll(entries);

            assertThat(entries).extracting(e -> e.info().name())
                    .containsExactly("leave.csv", "食堂.txt", "merger.txt", "keywords-only.txt");
            assertThat(copy.documentCount()).isEqualTo(source.documentCount()).isEqualTo(4);
            assertThat(copy.passageTotal()).isEqualTo(source.passageTotal());
            for (String scope : List.of("web", "slack:T1")) {
                assertThat(copy.documents(Set.of(scope))).isEqualTo(source.documents(Set.of(scope)));
            }
            for (DocumentInfo info : source.documents(Set.of("web", "slack:T1"))) {
                assertThat(copy.passages(info.id())).usingRecursiveFieldByFieldElementComparator()
                        .isEqualTo(source.passages(info.id()));
            }
            String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(LEAVE_CSV.getBytes(StandardCharsets.UTF_8)));
            assertThat(copy.byHash("web", sha)).map(DocumentInfo::name).contains("leave.csv");
            List<String> fields = List.of(LATIN.field(), HAN.field());
            assertThat(copy.documentsMissingVectors(fields)).isEqualTo(source.documentsMissingVectors(fields))
                    .containsExactly(source.byName("slack:T1", "keywords-only.txt").orElseThrow().id());

            for (String question : List.of("sick hours per pay period", "食堂什么时候供应午餐", "merger Initech")) {
                for (RetrievalMode mode : RetrievalMode.values()) {
                    SearchSpec spec = new SearchSpec(question, List.of(), Set.of("web", "slack:T1"), 5, 0.0, mode,
                            Vectors.query(ROUTER, question));
                    List<Passage> expected = source.search(spec);
                    assertThat(expected).as(question + " " + mode).isNotEmpty();
                    List<Passage> found = copy.search(spec);
                    // scores differ in the last digits: the source's statistics still count the replaced version
                    assertThat(found).as(question + " " + mode)
                            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("score").isEqualTo(expected);
                    for (int i = 0; i < found.size(); i++) {
                        assertThat(found.get(i).score()).isCloseTo(expected.get(i).score(), within(0.01));
                    }
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theExportCarriesEachPassagesVectorInItsModelsFieldAndNoneForKeywordOnlyFiles() throws IOException {
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            add(ingestor(index, ROUTER), "web", "mixed.txt", "Lunch is at noon.\n\n" + "午餐".repeat(200));
            add(ingestor(index, EmbeddingRouter.none()), "web", "plain.txt", "Parking is free.");

            List<PassageStore.Entry> entries = export(index);

            PassageStore.Entry mixed = entries.get(0);
            assertThat(mixed.vectors()).hasSameSizeAs(mixed.chunks()).extracting(PassageVector::field)
                    .contains(LATIN.field(), HAN.field());
            for (int i = 0; i < mixed.chunks().size(); i++) {
                assertThat(mixed.vectors().get(i).values())
                        .isEqualTo(Vectors.of(ROUTER, List.of(mixed.chunks().get(i).text())).get(0).values());
            }
            assertThat(entries.get(1).vectors()).isEmpty();
            assertThat(entries).allSatisfy(e -> assertThat(e.replaces()).isEmpty());
        }
    }

    @Test
    void anIndexHeldByAnotherWriterIsRefusedAsLockedAndAnEmptyFolderHoldsNoIndex() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(PassageIndex.exists(empty)).isFalse();
        assertThat(PassageIndex.exists(dir.resolve("missing"))).isFalse();
        assertThat(empty.toFile().list()).isEmpty();
        try (PassageIndex running = new PassageIndex(dir.resolve("index"), 0.5)) {
            assertThat(PassageIndex.exists(dir.resolve("index"))).isTrue();
            assertThatThrownBy(() -> new PassageIndex(dir.resolve("index"), 0.5))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining("in use by another process");
        }
    }
}
