package dev.cairn.knowledge.chunk;

import dev.cairn.core.text.Sentences;
import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs whole sentences of one section into passages of at most {@code maxChars}, across paragraph breaks;
 * consecutive passages repeat the previous passage's last sentences, up to {@code overlapChars}. Thread-safe.
 */
public final class SentenceChunker implements Chunker {
    private final int maxChars;
    private final int overlapChars;

    public SentenceChunker(int maxChars, int overlapChars) {
        ChunkSizes.check(maxChars, overlapChars);
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
    }

    @Override
    public List<Chunk> chunk(ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : Section.of(document.blocks())) {
            List<String> sentences = new ArrayList<>();
            List<Integer> owners = new ArrayList<>(); // the text each sentence comes from
            for (int t = 0; t < section.texts().size(); t++) {
                for (String sentence : Sentences.of(section.texts().get(t))) {
                    sentences.add(sentence);
                    owners.add(t);
                }
            }
            int start = 0;
            while (start < sentences.size()) {
                int end = start;
                int length = 0;
                while (end < sentences.size() && (end == start || length + 1 + sentences.get(end).length() <= maxChars)) {
                    length += (end == start ? 0 : 1) + sentences.get(end).length();
                    end++;
                }
                chunks.add(new Chunk(section.locate(owners.get(start), owners.get(end - 1) + 1),
                        ChunkSizes.cap(String.join(" ", sentences.subList(start, end)), maxChars)));
                if (end >= sentences.size()) {
                    break;
                }
                start = Math.max(start + 1, overlapStart(sentences, start, end));
            }
        }
        return chunks;
    }

    /** The first sentence of the overlap: as many of the passage's last sentences as fit in the overlap size. */
    private int overlapStart(List<String> sentences, int start, int end) {
        int from = end;
        int length = 0;
        while (from - 1 > start && length + sentences.get(from - 1).length() + 1 <= overlapChars) {
            from--;
            length += sentences.get(from).length() + 1;
        }
        return from;
    }
}
