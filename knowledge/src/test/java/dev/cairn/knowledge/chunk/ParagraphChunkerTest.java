package dev.cairn.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.knowledge.parse.Block;
import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphChunkerTest {
    private final ParagraphChunker chunker = new ParagraphChunker(200, 60);

    private static ParsedDocument doc(Block... blocks) {
        return new ParsedDocument("t", "text/plain", 0, List.of(blocks));
    }

    @Test
    void packsShortParagraphsOfOneSectionTogether() {
        List<Chunk> chunks = chunker.chunk(doc(
                new Block(Location.page(1), "First paragraph."),
                new Block(Location.page(1), "Second paragraph.")));

        assertThat(chunks).containsExactly(new Chunk(Location.page(1), "First paragraph.\nSecond paragraph."));
    }

    @Test
    void neverMergesAcrossSections() {
        List<Chunk> chunks = chunker.chunk(doc(
                new Block(Location.page(1), "On page one."),
                new Block(Location.page(2), "On page two."),
                new Block(Location.section("Leave › Sick"), "Under a heading.")));

        assertThat(chunks).extracting(Chunk::location)
                .containsExactly(Location.page(1), Location.page(2), Location.section("Leave › Sick"));
    }

    @Test
    void splitsALongParagraphBetweenSentencesWithinTheLimit() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add("Sentence number " + i + " says something.");
        }
        List<Chunk> chunks = chunker.chunk(doc(new Block(Location.none(), String.join(" ", sentences))));

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(200);
            assertThat(c.text()).endsWith("something.");
        });
        String all = String.join(" ", chunks.stream().map(Chunk::text).toList());
        sentences.forEach(s -> assertThat(all).contains(s));
    }

    @Test
    void consecutivePassagesOverlapByThePreviousPassagesEnd() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            blocks.add(new Block(Location.none(), "Paragraph " + i + " has some words in it. It ends here " + i + "."));
        }
        List<Chunk> chunks = chunker.chunk(new ParsedDocument("t", "text/plain", 0, blocks));

        assertThat(chunks).hasSizeGreaterThan(1);
        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1).text();
            String lastParagraph = previous.substring(previous.lastIndexOf('\n') + 1);
            assertThat(chunks.get(i).text()).startsWith(lastParagraph + "\n");
        }
    }
}
