package dev.cairn.knowledge.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** A model from a Maven artifact run in-process by ONNX Runtime (through LangChain4j), loaded on first use. */
public final class OnnxEmbedder implements Embedder {
    private final String field;
    private final int dimensions;
    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;

    OnnxEmbedder(String field, int dimensions, Supplier<EmbeddingModel> loader) {
        this.field = Objects.requireNonNull(field, "field");
        this.dimensions = dimensions;
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                if (model == null) {
                    try {
                        model = loader.get();
                    } catch (RuntimeException | ExceptionInInitializerError e) {
                        throw new IllegalStateException("the embedding model for " + field + " could not be loaded: "
                                + e.getMessage(), e);
                    }
                }
                loaded = model;
            }
        }
        return loaded;
    }
}
