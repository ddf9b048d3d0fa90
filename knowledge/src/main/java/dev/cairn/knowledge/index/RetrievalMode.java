package dev.cairn.knowledge.index;

import java.util.Locale;

/** How passages are found: by keywords (BM25), by meaning (vectors), or both fused. */
public enum RetrievalMode {
    BM25, VECTOR, HYBRID;

    /** Parses {@code bm25}, {@code vector} or {@code hybrid}; throws naming the choices otherwise. */
    public static RetrievalMode parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("retrieval mode must be bm25, vector or hybrid, was '" + name + "'");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
