package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import dev.cairn.core.text.Sentences;
import dev.cairn.knowledge.parse.Block;
import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs whole paragraphs of one section into passages of at most {@code maxChars}; a paragraph longer than that is
 * split between sentences. Consecutive passages of a section share up to {@code overlapChars} of text. Thread-safe.
 */
public final class ParagraphChunker implements Chunker {
    private final int maxChars;
    private final int overlapChars;

    public ParagraphChunker(int maxChars, int overlapChars) {
        ChunkSizes.check(maxChars, overlapChars);
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
    }

    @Override
    public List<Chunk> chunk(ParsedDocument document) {
        Packer packer = new Packer();
        for (Block block : document.blocks()) {
            packer.section(block.location());
            pieces(block.text()).forEach(packer::add);
        }
        packer.flush(false);
        return packer.chunks;
    }

    /** The paragraph itself when it fits, else its sentences packed up to the limit. */
    private List<String> pieces(String paragraph) {
        if (paragraph.length() <= maxChars) {
            return List.of(paragraph);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : Sentences.of(paragraph)) {
            if (piece.length() > 0 && piece.length() + 1 + sentence.length() > maxChars) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(sentence);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The state of chunking one document. */
    private final class Packer {
        final List<Chunk> chunks = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        Location section;
        /** Characters at the start of {@code current} that repeat the previous passage's end. */
        int carried;

        void section(Location location) {
            if (!location.equals(section)) {
                flush(false);
                section = location;
            }
        }

        void add(String piece) {
            if (current.length() > carried && current.length() + 1 + piece.length() > maxChars) {
                flush(true);
            }
            if (current.length() > 0 && current.length() + 1 + piece.length() > maxChars) {
                current.setLength(0);
                carried = 0;
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(piece);
        }

        void flush(boolean keepOverlap) {
            String text = current.toString().strip();
            current.setLength(0);
            boolean onlyOverlap = text.length() <= carried;
            carried = 0;
            if (text.isEmpty() || onlyOverlap) {
                return;
            }
            chunks.add(new Chunk(section, text));
            if (keepOverlap && overlapChars > 0) {
                current.append(tail(text));
                carried = current.length();
            }
        }
    }

    /** The last sentences of a passage, up to the overlap size, so a fact split across passages stays findable. */
    private String tail(String text) {
        List<String> sentences = Sentences.of(text);
        StringBuilder tail = new StringBuilder();
        for (int i = sentences.size() - 1; i > 0; i--) {
            String s = sentences.get(i);
            if (tail.length() + s.length() + 1 > overlapChars) {
                break;
            }
            tail.insert(0, tail.length() > 0 ? s + " " : s);
        }
        return tail.toString();
    }
}
