package dev.cairn.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.VectorBackfill;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The sweep embeds a document left without vectors only once it is older than {@code cairn.knowledge.abandoned-after}
 * (younger ones belong to the replica embedding them), whatever that setting is.
 */
class AbandonedVectorsSweepTest {
    private static final Instant INDEXED = Instant.parse("2026-12-05T08:00:00Z");
    private static final List<String> FIELDS = List.of("vec_unit");

    @TempDir
    java.nio.file.Path dir;
    private PassageIndex index;
    private VectorBackfill backfill;

    /** A model that gives every text the same unit vector: enough to tell passages with vectors from those without. */
    private static final Embedder UNIT = new Embedder() {
        @Override
        public String field() {
            return "vec_unit";
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(t -> new float[] {1, 0}).toList();
        }
    };

    @BeforeEach
    void indexAFileWhoseReplicaDiedBeforeItsVectors() {
        index = new PassageIndex(dir, 0.5);
        // the replica that indexed it had the model too, but died before embedding: keyword passages only
        Ingestor dying = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 1 << 20,
                Clock.fixed(INDEXED, ZoneOffset.UTC), EmbeddingRouter.single(UNIT), job -> { });
        byte[] bytes = "# Leave\n\nEmployees accrue four hours of annual leave.\n".getBytes(StandardCharsets.UTF_8);
        dying.ingest(new IncomingFile("handbook.md", "web", bytes.length, "", Optional.empty(), "",
                () -> new ByteArrayInputStream(bytes)));
        backfill = new VectorBackfill(index, EmbeddingRouter.single(UNIT));
        assertThat(index.documentsMissingVectors(FIELDS)).hasSize(1);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aDocumentYoungerThanTheSettingIsLeftToItsReplica() {
        AbandonedVectorsSweep sweep = sweep(Duration.ofMinutes(2), INDEXED.plusSeconds(90));

        assertThat(sweep.sweepOnce()).isZero();
        assertThat(index.documentsMissingVectors(FIELDS)).hasSize(1);
    }

    @Test
    void aDocumentOlderThanTheSettingGetsItsVectors() {
        AbandonedVectorsSweep sweep = sweep(Duration.ofSeconds(15), INDEXED.plusSeconds(20));

        assertThat(sweep.sweepOnce()).isEqualTo(1);
        assertThat(index.documentsMissingVectors(FIELDS)).isEmpty();
    }

    @Test
    void anAgeThatIsNotPositiveIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new AbandonedVectorsProperties(Duration.ZERO))
                .hasMessageContaining("cairn.knowledge.abandoned-after must be positive");
    }

    @Test
    void theSettingBindsFromItsNameAndDefaultsToTwoMinutes() {
        assertThat(bind(Map.of("cairn.knowledge.abandoned-after", "15s")).abandonedAfter()).hasSeconds(15);
        assertThat(bind(Map.of()).abandonedAfter()).hasMinutes(2);
    }

    private static AbandonedVectorsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("cairn.knowledge", AbandonedVectorsProperties.class);
    }

    private AbandonedVectorsSweep sweep(Duration abandonedAfter, Instant now) {
        return new AbandonedVectorsSweep(backfill, abandonedAfter, Clock.fixed(now, ZoneOffset.UTC));
    }
}
