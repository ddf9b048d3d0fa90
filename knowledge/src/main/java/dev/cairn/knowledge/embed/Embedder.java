package dev.cairn.knowledge.embed;

import java.util.List;

/** Turns texts into unit-length vectors with one sentence-embedding model; fails with {@link IllegalStateException} if the model cannot be loaded. */
public interface Embedder {

    /** The index field its vectors go to; one per model, so that vectors of different models never mix. */
    String field();

    int dimensions();

    /** One vector per text, in order. */
    List<float[]> embed(List<String> texts);

    default float[] embed(String text) {
        return embed(List.of(text)).get(0);
    }
}
