package dev.cairn.knowledge.embed;

import dev.cairn.core.text.Terms;
import java.util.List;

/** A test embedder: hashes each word into one of 64 dimensions, so texts sharing words point the same way. */
public final class BagOfWordsEmbedder implements Embedder {
    private final String field;

    public BagOfWordsEmbedder(String field) {
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int dimensions() {
        return 64;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return texts.stream().map(BagOfWordsEmbedder::vector).toList();
    }

    private static float[] vector(String text) {
        float[] v = new float[64];
        for (String term : Terms.of(text)) {
            v[Math.floorMod(term.hashCode(), 64)] += 1;
        }
        v[63] += 0.01f;
        return v;
    }
}
