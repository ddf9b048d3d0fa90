package dev.cairn.knowledge.chunk;

/** The size rules every chunker shares. */
final class ChunkSizes {
    private ChunkSizes() {
    }

    static void check(int maxChars, int overlapChars) {
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be 100 or more, was " + maxChars);
        }
        if (overlapChars < 0 || overlapChars >= maxChars / 2) {
            throw new IllegalArgumentException("overlapChars must be within [0, maxChars/2), was " + overlapChars);
        }
    }

    /** The text, cut at the last space before {@code maxChars} when a single sentence is longer than a passage. */
    static String cap(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxChars);
        return text.substring(0, space > maxChars / 2 ? space : maxChars).strip();
    }
}
