package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import dev.cairn.core.text.Sentences;
import dev.cairn.knowledge.parse.Block;
import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

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
            for (String piece : pieces(block.text())) {
                packer.add(piece, block.row());
            }
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
        /** What {@code current} is made of, in order: the carried overlap (if any), then the pieces added. */
        final List<Part> parts = new ArrayList<>();
        Location section;
        /** Characters at the start of {@code current} that repeat the previous passage's end. */
        int carried;

        void section(Location location) {
            if (!location.equals(section)) {
                flush(false);
                section = location;
            }
        }

        void add(String piece, OptionalInt row) {
            if (current.length() > carried && current.length() + 1 + piece.length() > maxChars) {
                flush(true);
            }
            if (current.length() > 0 && current.length() + 1 + piece.length() > maxChars) {
                current.setLength(0);
                parts.clear();
                carried = 0;
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(piece);
            RowSpan rows = new RowSpan();
            rows.add(row);
            parts.add(new Part(piece, rows));
        }

        void flush(boolean keepOverlap) {
            String text = current.toString().strip();
            current.setLength(0);
            List<Part> made = List.copyOf(parts);
            parts.clear();
            boolean onlyOverlap = text.length() <= carried;
            carried = 0;
            if (text.isEmpty() || onlyOverlap) {
                return;
            }
            RowSpan rows = new RowSpan();
            made.forEach(part -> rows.add(part.rows()));
            chunks.add(new Chunk(rows.narrow(section), text));
            if (keepOverlap && overlapChars > 0) {
                List<String> tail = tail(Sentences.of(text));
                current.append(String.join(" ", tail));
                carried = current.length();
                if (carried > 0) {
                    parts.add(new Part(current.toString(), rowsOfLast(made, tail.size())));
                }
            }
        }
    }

    /**
     * The rows of a passage's last {@code sentences} sentences: pieces are joined by line breaks, so every sentence
     * lies within one part, and the parts' sentences, in order, are the passage's.
     */
    private static RowSpan rowsOfLast(List<Part> parts, int sentences) {
        RowSpan rows = new RowSpan();
        int left = sentences;
        for (int i = parts.size() - 1; i >= 0 && left > 0; i--) {
            rows.add(parts.get(i).rows());
            left -= parts.get(i).sentences();
        }
        return rows;
    }

    /** Text in a passage being packed, with the rows it comes from. */
    private record Part(String text, RowSpan rows) {
        int sentences() {
            return Sentences.of(text).size();
        }
    }

    /** The last sentences of a passage, up to the overlap size, so a fact split across passages stays findable. */
    private List<String> tail(List<String> sentences) {
        List<String> tail = new ArrayList<>();
        int length = 0; // of the sentences joined by spaces
        for (int i = sentences.size() - 1; i > 0; i--) {
            String s = sentences.get(i);
            if (length + s.length() + 1 > overlapChars) {
                break;
            }
            tail.add(0, s);
            length += s.length() + (tail.size() > 1 ? 1 : 0);
        }
        return tail;
    }
}
