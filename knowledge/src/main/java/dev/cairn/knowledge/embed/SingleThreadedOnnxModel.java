package dev.cairn.knowledge.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * A sentence-embedding model shipped as resources of a LangChain4j artifact, run by ONNX Runtime with one thread per
 * call that sleeps rather than spins while it waits. ONNX Runtime's default sizes its pool by the host's cores and
 * spin-waits; on a small or shared machine those threads fight each other and everything else, and the time to
 * embed one question then varies tenfold (p99 above 50 ms where the median is 4 ms). Batches of passages still run
 * in parallel, one text per thread of the executor. Loading throws if the resources are missing or unreadable.
 */
final class SingleThreadedOnnxModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimensions;

    /**
     * @param anchor    a class of the artifact holding the model, to find its resources
     * @param model     the resource name of the ONNX model
     * @param tokenizer the resource name of the tokenizer
     */
    SingleThreadedOnnxModel(Class<?> anchor, String model, String tokenizer, PoolingMode pooling, int dimensions,
                            Executor executor) {
        super(executor);
        this.dimensions = dimensions;
        try (InputStream modelBytes = resource(anchor, model); InputStream tokenizerJson = resource(anchor, tokenizer);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizerJson, pooling);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + model, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + model + ": "
                    + e.getMessage(), e);
        }
    }

    private static InputStream resource(Class<?> anchor, String name) throws IOException {
        InputStream in = anchor.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException("resource " + name + " is missing from the classpath");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimensions;
    }
}
