package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
    @TempDir
    Path dir;
    private PassageIndex index;

    private PassageIndex open() {
        index = new PassageIndex(dir, 0.5);
        return index;
    }

    @AfterEach
    void close() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    private static DocumentInfo info(String id, String name, String scope, int passages) {
        return new DocumentInfo(id, name, scope, "text/plain", 0, passages, Instant.parse("2026-01-01T00:00:00Z"),
                Optional.of("https://chat.example/" + id), "src-" + id);
    }

    private void put(String id, String name, String scope, String... texts) {
        List<Chunk> chunks = java.util.Arrays.stream(texts).map(t -> new Chunk(Location.page(1), t)).toList();
        index.put(info(id, name, scope, chunks.size()), "hash-" + id, chunks, index.byName(scope, name)
                .map(d -> d.id()));
    }

    @Test
    void findsPassagesWithRelevanceBetweenZeroAndOne() {
        open();
        put("d1", "leave.md", "web", "Employees accrue annual leave every pay period.", "Parking is free.");

        List<Passage> hits = index.search("annual leave", List.of(), Set.of("web"), 5, 0.0);

        assertThat(hits).hasSize(1);
        Passage hit = hits.get(0);
        assertThat(hit.text()).contains("annual leave");
        assertThat(hit.score()).isBetween(0.3, 1.0);
        assertThat(hit.document()).isEqualTo("leave.md");
        assertThat(hit.location().page()).hasValue(1);
        assertThat(hit.link()).hasValue("https://chat.example/d1");
    }

    @Test
    void aQuestionAboutWordsTheIndexLacksScoresLow() {
        open();
        put("d1", "leave.md", "web", "Employees accrue annual leave every pay period.",
                "The capital budget is reviewed yearly.");

        List<Passage> hits = index.search("What is the capital of France?", List.of(), Set.of("web"), 5, 0.0);

        assertThat(hits).allSatisfy(p -> assertThat(p.score()).isLessThan(0.5));
    }

    @Test
    void neverReturnsPassagesOutsideTheScopesEvenWhenTheQueryNamesThem() {
        open();
        put("d1", "secret-plan.md", "slack:T1", "The secret plan launches in May.");
        put("d2", "public.md", "slack:T2", "Our public plan is on the website.");

        List<Passage> hits = index.search("secret plan secret-plan.md", List.of(), Set.of("slack:T2"), 5, 0.0);

        assertThat(hits).extracting(Passage::scope).containsOnly("slack:T2");
        assertThat(index.documents(Set.of("slack:T2"))).extracting(d -> d.name()).containsExactly("public.md");
    }

    @Test
    void aNewVersionReplacesTheOldOneEntirely() {
        open();
        put("d1", "policy.md", "web", "Old rule: leave needs two weeks notice.");
        put("d2", "policy.md", "web", "New rule: leave needs one week notice.");

        assertThat(index.search("leave notice", List.of(), Set.of("web"), 5, 0.0))
                .extracting(Passage::documentId).containsExactly("d2");
        assertThat(index.documents(Set.of("web"))).extracting(d -> d.id()).containsExactly("d2");
        assertThat(index.document("d1")).isEmpty();
    }

    @Test
    void deleteRemovesTheDocumentAndItsPassages() {
        open();
        put("d1", "a.md", "web", "Alpha text about badges.");

        assertThat(index.delete("d1")).isTrue();
        assertThat(index.delete("d1")).isFalse();
        assertThat(index.search("badges", List.of(), Set.of("web"), 5, 0.0)).isEmpty();
        assertThat(index.documentCount()).isZero();
    }

    @Test
    void survivesReopening() throws Exception {
        open();
        put("d1", "a.md", "web", "Badges are renewed every year.");
        index.close();

        open();
        assertThat(index.search("badges renewed", List.of(), Set.of("web"), 5, 0.0)).hasSize(1);
        assertThat(index.byHash("web", "hash-d1")).isPresent();
        assertThat(index.byName("web", "a.md")).isPresent();
    }

    @Test
    void rowRangesSurviveStorageAndTheVectorsArrivingLater() {
        open();
        Location rows = Location.section("sheet Leave").withRows(12, 40);
        index.put(info("d1", "leave.xlsx", "web", 1), "hash-d1",
                List.of(new Chunk(rows, "Leave type: Sick; Accrual: 4 hours per pay period")), Optional.empty());

        index.attachVectors("d1", Map.of(0, new PassageVector("vec_test", new float[] {1, 0})));

        Passage hit = index.search("sick leave accrual", List.of(), Set.of("web"), 5, 0.0).get(0);
        assertThat(hit.location()).isEqualTo(rows);
        assertThat(hit.location().label()).isEqualTo("sheet Leave, rows 12–40");
        assertThat(index.passages("d1")).extracting(p -> p.chunk().location()).containsExactly(rows);
        assertThat(index.documentsMissingVectors(List.of("vec_test"))).isEmpty();
    }

    @Test
    void searchesChineseAndEnglishInOnePassage() {
        open();
        put("d1", "手册.txt", "web", "员工每年享有十五天带薪年假。VPN access requires a hardware token.");

        assertThat(index.search("员工有多少天年假", List.of(), Set.of("web"), 5, 0.0)).hasSize(1);
        assertThat(index.search("hardware tokens", List.of(), Set.of("web"), 5, 0.0)).hasSize(1);
    }

    @Test
    void contextHelpsAFollowUpFindItsTopic() {
        open();
        put("d1", "leave.md", "web", "Contractors follow their company's annual leave policy.");
        put("d2", "badges.md", "web", "Contractors get a green badge.");

        List<Passage> hits = index.search("and for contractors?", List.of("How much annual leave do we get?"),
                Set.of("web"), 5, 0.0);

        assertThat(hits).extracting(Passage::documentId).startsWith("d1");
    }

    @Test
    void inASmallKnowledgeBaseAnExtraWordInTheQuestionDoesNotSinkAMatch() {
        open();
        put("d1", "policy.pdf", "web", "Everyone may work remotely up to three days a week.",
                "Monitors are shipped within five business days.");

        List<Passage> hits = index.search("how soon are monitors shipped?", List.of(), Set.of("web"), 5, 0.0);

        assertThat(hits).extracting(Passage::text).containsExactly("Monitors are shipped within five business days.");
        assertThat(hits.get(0).score()).isGreaterThan(0.5);
    }

    @Test
    void namesTheWordsOfAQuestionThatNoPassageInTheScopesContains() {
        open();
        put("d1", "travel.md", "web", "The per diem rate depends on the city of travel.");
        put("d2", "offices.md", "team", "The Tokyo office opens at nine.");

        assertThat(index.unknownWords("whats the per diem in Tokyo and Osaka?", Set.of("web"), 3))
                .containsExactly("Tokyo", "Osaka");
        assertThat(index.unknownWords("whats the per diem in Tokyo?", Set.of("web", "team"), 3)).isEmpty();
        assertThat(index.unknownWords("per diem rates for travelling", Set.of("web"), 3)).isEmpty();
        assertThat(index.unknownWords("Tokyo Osaka Kyoto Nara", Set.of("web"), 2)).containsExactly("Tokyo", "Osaka");
    }
}
