package dev.cairn.knowledge;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Run in a child JVM by {@link KilledIngestionTest}: ingests numbered files into an index until it is killed. */
public final class IngestUntilKilled {
    private IngestUntilKilled() {
    }

    /** The text of file number {@code n}: a few hundred passages, so that a commit takes a while. */
    static byte[] file(int n) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 300; p++) {
            text.append("File ").append(n).append(" paragraph ").append(p)
                    .append(" describes rule ").append(n * 1000 + p).append(" of the handbook in some detail. ")
                    .append("It repeats the rule so the paragraph is long enough to be its own passage. ".repeat(12))
                    .append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        PassageIndex index = new PassageIndex(Path.of(args[0]), 0.5);
        Ingestor ingestor = new Ingestor(index, new TikaDocumentParser(), new ParagraphChunker(1200, 150), 50 << 20,
                Clock.systemUTC(), EmbeddingRouter.none());
        for (int n = 0; ; n++) {
            byte[] bytes = file(n);
            ingestor.ingest(new IncomingFile("file-" + n + ".txt", "web", bytes.length, "", Optional.empty(), "",
                    () -> new ByteArrayInputStream(bytes)));
            System.out.println("committed " + n);
            System.out.flush();
        }
    }
}
