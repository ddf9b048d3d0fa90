package dev.cairn.knowledge.chunk;

import java.util.Locale;

/** The chunking strategies by name: {@code paragraph}, {@code sentence}, {@code sliding-window}. */
public final class Chunkers {
    private Chunkers() {
    }

    /** The chunker for a strategy name; throws naming the choices for an unknown one. */
    public static Chunker forName(String strategy, int maxChars, int overlapChars) {
        return switch (strategy.toLowerCase(Locale.ROOT)) {
            case "paragraph" -> new ParagraphChunker(maxChars, overlapChars);
            case "sentence" -> new SentenceChunker(maxChars, overlapChars);
            case "sliding-window" -> new SlidingWindowChunker(maxChars, overlapChars);
            default -> throw new IllegalArgumentException(
                    "chunking strategy must be paragraph, sentence or sliding-window, was '" + strategy + "'");
        };
    }
}
