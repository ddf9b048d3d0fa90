package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) in the middle of ingestion leaves the index as it was before that file. */
class KilledIngestionTest {
    @TempDir
    Path dir;

    @Test
    void aKilledIngestionLeavesEveryDocumentWholeAndTheFileCanBeIngestedAgain() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IngestUntilKilled.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        int committed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring(10).strip());
                    if (committed == 2) {
                        break;
                    }
                }
            }
            Thread.sleep(150);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("the child committed three files before it was killed").isEqualTo(2);

        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            List<DocumentInfo> documents = index.documents(Set.of("web"));
            assertThat(documents.size()).isBetween(3, 4);
            for (DocumentInfo d : documents) {
                assertThat(index.passageCount(d.id())).as(d.name()).isEqualTo(d.passages());
            }
            Ingestor ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150),
                    50 << 20, Clock.systemUTC(), EmbeddingRouter.none());
            byte[] next = IngestUntilKilled.file(3);
            var report = ingestor.ingest(new IncomingFile("file-3.txt", "web", next.length, "", Optional.empty(), "",
                    () -> new ByteArrayInputStream(next)));
            assertThat(report.status()).isIn(IngestStatus.INDEXED, IngestStatus.DUPLICATE);
            assertThat(index.passageCount(report.documentId())).isEqualTo(report.passages());
            assertThat(index.documents(Set.of("web"))).hasSize(4);
        }
    }
}
