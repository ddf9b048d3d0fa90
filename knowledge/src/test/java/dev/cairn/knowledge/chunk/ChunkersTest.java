package dev.cairn.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.Location;
import dev.cairn.knowledge.parse.Block;
import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkersTest {

    private static ParsedDocument longTwoSectionDocument() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            blocks.add(new Block(Location.page(1), "Sentence " + i + " on page one talks about leave rules."));
        }
        for (int i = 0; i < 12; i++) {
            blocks.add(new Block(Location.page(2), "Sentence " + i + " on page two talks about travel rules."));
        }
        return new ParsedDocument("t", "application/pdf", 2, blocks);
    }

    @Test
    void sentenceChunksKeepWholeSentencesWithinTheLimitAndTheirPage() {
        List<Chunk> chunks = Chunkers.forName("sentence", 200, 60).chunk(longTwoSectionDocument());

        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(200);
            assertThat(c.text()).startsWith("Sentence").endsWith("rules.");
            String page = c.location().equals(Location.page(1)) ? "page one" : "page two";
            assertThat(c.text().split("(?<=\\.) ")).allSatisfy(s -> assertThat(s).contains(page));
        });
        assertThat(chunks).extracting(Chunk::location).contains(Location.page(1), Location.page(2));
    }

    @Test
    void sentenceChunksOverlapByTheLastSentence() {
        List<Chunk> chunks = Chunkers.forName("sentence", 200, 60).chunk(longTwoSectionDocument());

        Chunk first = chunks.get(0);
        String lastSentence = first.text().substring(first.text().lastIndexOf("Sentence"));
        assertThat(chunks.get(1).text()).startsWith(lastSentence);
    }

    @Test
    void slidingWindowsOverlapNeverSplitWordsAndStayInTheirSection() {
        List<Chunk> chunks = Chunkers.forName("sliding-window", 150, 40).chunk(longTwoSectionDocument());

        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(150);
            assertThat(c.text().split("\\s+")).allSatisfy(word -> assertThat(word).matches(
                    "Sentence|\\d+|on|page|one|two|talks|about|leave|travel|rules\\.?"));
        });
        assertThat(chunks.stream().filter(c -> c.location().equals(Location.page(1))))
                .allSatisfy(c -> assertThat(c.text()).doesNotContain("page two"));
        Chunk a = chunks.get(0);
        Chunk b = chunks.get(1);
        String tail = a.text().substring(a.text().length() - 20);
        assertThat(b.text()).contains(tail.substring(tail.indexOf(' ') + 1));
    }

    @Test
    void anUnknownStrategyIsRefusedByName() {
        assertThatThrownBy(() -> Chunkers.forName("semantic", 1200, 150))
                .hasMessageContaining("paragraph, sentence or sliding-window").hasMessageContaining("semantic");
    }
}
