package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import java.util.Objects;

/** A passage to index: text from one section of a document, and where it is. */
public record Chunk(Location location, String text) {
    public Chunk {
        Objects.requireNonNull(location, "location");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }
}
