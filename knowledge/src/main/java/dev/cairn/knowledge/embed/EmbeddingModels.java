package dev.cairn.knowledge.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The models Cairn ships and how {@code cairn.knowledge.embeddings.model} chooses among them: {@code auto} (English
 * text by all-MiniLM-L6-v2, Chinese by bge-small-zh-v1.5, each in its own field), {@code all-minilm-l6-v2},
 * {@code bge-small-zh-v15}, or {@code none} (keyword search only).
 */
public final class EmbeddingModels {
    public static final String AUTO = "auto";
    public static final String MINILM = "all-minilm-l6-v2";
    public static final String BGE_ZH = "bge-small-zh-v15";
    public static final String NONE = "none";
    public static final List<String> NAMES = List.of(AUTO, MINILM, BGE_ZH, NONE);

    private EmbeddingModels() {
    }

    /**
     * The router for a model name.
     *
     * @param cacheDir where the tokenizer's native library is unpacked (instead of the home directory)
     * @param executor runs the model on batches of texts
     */
    public static EmbeddingRouter forName(String name, Path cacheDir, Executor executor) {
        if (System.getProperty("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case AUTO -> EmbeddingRouter.byScript(minilm(executor), bgeSmallZh(executor));
            case MINILM -> EmbeddingRouter.single(minilm(executor));
            case BGE_ZH -> EmbeddingRouter.single(bgeSmallZh(executor));
            case NONE -> EmbeddingRouter.none();
            default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'; choose one of "
                    + NAMES);
        };
    }

    static Embedder minilm(Executor executor) {
        return new OnnxEmbedder("vec_minilm", 384, () -> new SingleThreadedOnnxModel(
                AllMiniLmL6V2QuantizedEmbeddingModel.class, "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384, executor));
    }

    static Embedder bgeSmallZh(Executor executor) {
        return new OnnxEmbedder("vec_bge_zh", 512, () -> new SingleThreadedOnnxModel(BgeSmallZhV15EmbeddingModel.class,
                "bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json", PoolingMode.CLS, 512, executor));
    }
}
