package dev.cairn.knowledge.index;

import java.util.Objects;

/** A passage's or question's embedding, and the index field (one per model) it belongs to. */
public record PassageVector(String field, float[] values) {
    public PassageVector {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(values, "values");
    }
}
