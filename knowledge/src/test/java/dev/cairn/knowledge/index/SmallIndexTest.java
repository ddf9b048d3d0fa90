package dev.cairn.knowledge.index;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.embed.Embedder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test on a fresh index in a temporary directory, closed after each test, with documents of one passage (on page
 * 1, scope {@code web}) put in with or without a vector. A subclass's {@code @BeforeEach} runs after the index is
 * open.
 */
abstract class SmallIndexTest {
    @TempDir
    Path dir;
    PassageIndex index;

    @BeforeEach
    void openIndex() {
        index = new PassageIndex(dir, 0.5);
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    void put(String id, String name, String text) {
        index.putAll(List.of(entry(id, name, text, List.of())));
    }

    /** With the passage's vector from {@code model}. */
    void put(String id, String name, String text, Embedder model) {
        index.putAll(List.of(entry(id, name, text, List.of(new PassageVector(model.field(), model.embed(text))))));
    }

    /** The share of a keyword question's weight the document's passage holds (scope {@code web}). */
    double coverage(String question, String document) {
        return index.candidates(SearchSpec.bm25(question, List.of(), Set.of("web"), 5, 0)).stream()
                .filter(s -> s.passage().document().equals(document)).findFirst().orElseThrow().coverage();
    }

    private static PassageStore.Entry entry(String id, String name, String text, List<PassageVector> vectors) {
        return new PassageStore.Entry(new DocumentInfo(id, name, "web", "text/plain", 0, 1,
                Instant.parse("2026-01-01T00:00:00Z"), Optional.empty(), "src-" + id), "hash-" + id,
                List.of(new Chunk(Location.page(1), text)), vectors, Optional.empty());
    }
}
