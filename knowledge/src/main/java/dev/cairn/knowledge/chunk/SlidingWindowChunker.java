package dev.cairn.knowledge.chunk;

import dev.cairn.knowledge.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each section's text into windows of {@code maxChars} that start every {@code maxChars - overlapChars}
 * characters, moved to the nearest word boundary so no word is split. Thread-safe.
 */
public final class SlidingWindowChunker implements Chunker {
    private final int maxChars;
    private final int overlapChars;

    public SlidingWindowChunker(int maxChars, int overlapChars) {
        ChunkSizes.check(maxChars, overlapChars);
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
    }

    @Override
    public List<Chunk> chunk(ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : Section.of(document.blocks())) {
            String text = String.join("\n", section.texts());
            int[] starts = new int[section.texts().size()]; // where each text begins in the joined text
            for (int t = 1; t < starts.length; t++) {
                starts[t] = starts[t - 1] + section.texts().get(t - 1).length() + 1;
            }
            int start = 0;
            while (start < text.length()) {
                int end = Math.min(text.length(), start + maxChars);
                if (end < text.length()) {
                    end = wordBoundaryBefore(text, end, start + maxChars / 2);
                }
                String window = text.substring(start, end).strip();
                if (!window.isEmpty()) {
                    chunks.add(new Chunk(section.locate(textAt(starts, start), textAt(starts, end - 1) + 1), window));
                }
                if (end >= text.length()) {
                    break;
                }
                int next = end - overlapChars;
                start = Math.max(start + 1, wordBoundaryAfter(text, next, end));
            }
        }
        return chunks;
    }

    /** The index of the text that the joined text's character {@code offset} belongs to (or follows, for a break). */
    private static int textAt(int[] starts, int offset) {
        int found = java.util.Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The last whitespace at or before {@code at}, but not before {@code floor}; {@code at} itself when none. */
    private static int wordBoundaryBefore(String text, int at, int floor) {
        for (int i = at; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i - 1)) || isCjk(text.charAt(i - 1))) {
                return i;
            }
        }
        return at;
    }

    /** The first word start at or after {@code at}, but not beyond {@code ceiling}. */
    private static int wordBoundaryAfter(String text, int at, int ceiling) {
        for (int i = Math.max(0, at); i < ceiling; i++) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || isCjk(text.charAt(i))) {
                return i;
            }
        }
        return ceiling;
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
