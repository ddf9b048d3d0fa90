package dev.cairn.knowledge;

import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.KnowledgeIngestion;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.chunk.Chunker;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.parse.DocumentParser;
import dev.cairn.knowledge.parse.ParsedDocument;
import dev.cairn.knowledge.parse.UnparsableDocumentException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes files: size check before reading, content-hash dedupe, parse, chunk, then one commit that also replaces an
 * earlier file of the same name in the same scope, so the file is searchable by keywords at once. Its passages'
 * vectors follow in a second commit, run by the vector executor (inline for tests and tools, in the background in
 * the server). Every failure becomes a rejected report; the index is unchanged. File names are cleaned first
 * ({@link FileNames}): reports and documents carry the cleaned name.
 */
public final class Ingestor implements KnowledgeIngestion {
    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);
    private final PassageStore index;
    private final DocumentParser parser;
    private final Chunker chunker;
    private final long maxFileBytes;
    private final Clock clock;
    private final VectorBackfill vectors;
    private final Executor vectorWork;

    /** An ingestor that embeds each file's passages inline, before {@link #ingest} returns. */
    public Ingestor(PassageStore index, DocumentParser parser, Chunker chunker, long maxFileBytes, Clock clock,
                    EmbeddingRouter embeddings) {
        this(index, parser, chunker, maxFileBytes, clock, embeddings, Runnable::run);
    }

    /** @param vectorWork runs the embedding of each indexed file (a background executor in the server) */
    public Ingestor(PassageStore index, DocumentParser parser, Chunker chunker, long maxFileBytes, Clock clock,
                    EmbeddingRouter embeddings, Executor vectorWork) {
        this.vectors = embeddings.embedders().isEmpty() ? null : new VectorBackfill(index, embeddings);
        this.vectorWork = Objects.requireNonNull(vectorWork, "vectorWork");
        this.index = Objects.requireNonNull(index, "index");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IngestReport ingest(IncomingFile uploaded) {
        String name = FileNames.clean(uploaded.name());
        IncomingFile file = name.equals(uploaded.name()) ? uploaded : new IncomingFile(name, uploaded.scope(),
                uploaded.declaredSize(), uploaded.contentType(), uploaded.link(), uploaded.source(),
                uploaded.content());
        if (file.declaredSize() > maxFileBytes) {
            return tooLarge(name);
        }
        byte[] bytes;
        try (InputStream in = file.content().open()) {
            bytes = BoundedReader.read(in, maxFileBytes);
        } catch (BoundedReader.TooLargeException e) {
            return tooLarge(name);
        } catch (IOException | RuntimeException e) {
            return IngestReport.rejected(name, "unreadable", Phrase.of("ingest.error.unreadable", name,
                    String.valueOf(e.getMessage())));
        }
        if (bytes.length == 0) {
            return IngestReport.rejected(name, "empty", Phrase.of("ingest.error.empty", name));
        }
        String sha256 = Sha256.hex(bytes);
        Optional<DocumentInfo> same = index.byHash(file.scope(), sha256);
        if (same.isPresent()) {
            return duplicate(name, same.get());
        }
        ParsedDocument parsed;
        try {
            parsed = parser.parse(name, new ByteArrayInputStream(bytes));
        } catch (UnparsableDocumentException e) {
            return IngestReport.rejected(name, e.code(), e.reason());
        } catch (RuntimeException e) {
            return IngestReport.rejected(name, "corrupt", Phrase.of("ingest.error.parse_failed", name,
                    String.valueOf(e.getMessage())));
        }
        IngestReport report = store(file, sha256, parsed, chunker.chunk(parsed));
        if (report.status() == IngestStatus.INDEXED && vectors != null) {
            embedLater(report.documentId(), name);
        }
        return report;
    }

    /** Queues the file's vectors; a failure leaves it searchable by keywords, and the next start fills it in. */
    private void embedLater(String documentId, String name) {
        Runnable job = () -> {
            try {
                vectors.fill(documentId);
            } catch (KnowledgeException e) {
                log.error("could not save the vectors of {} to the knowledge index; its passages stay keyword-only "
                        + "until the next start", name, e);
            } catch (RuntimeException e) {
                log.warn("the passages of {} stay keyword-only until the next start: {}", name, e.getMessage());
            }
        };
        try {
            vectorWork.execute(job);
        } catch (RejectedExecutionException e) {
            log.warn("the passages of {} stay keyword-only until the next start: the vector queue is full", name);
        }
    }

    private synchronized IngestReport store(IncomingFile file, String sha256, ParsedDocument parsed,
                                            List<Chunk> chunks) {
        Optional<DocumentInfo> same = index.byHash(file.scope(), sha256);
        if (same.isPresent()) {
            return duplicate(file.name(), same.get());
        }
        Optional<String> previous = index.byName(file.scope(), file.name()).map(d -> d.id());
        DocumentInfo info = new DocumentInfo(UUID.randomUUID().toString(), file.name(), file.scope(),
                parsed.mediaType(), parsed.pages(), chunks.size(), clock.instant(), file.link(), file.source());
        try {
            index.put(info, sha256, chunks, previous);
        } catch (KnowledgeException e) {
            log.error("could not save {} to the knowledge index; readiness is down until a write succeeds",
                    file.name(), e);
            return IngestReport.rejected(file.name(), "store_failed", Phrase.of("ingest.error.store_failed",
                    file.name(), String.valueOf(e.getMessage())));
        }
        return new IngestReport(info.id(), info.name(), IngestStatus.INDEXED, info.pages(), info.passages(),
                Optional.empty());
    }

    private IngestReport tooLarge(String name) {
        return IngestReport.rejected(name, "too_large", Phrase.of("ingest.error.too_large", name,
                Sizes.readable(maxFileBytes)));
    }

    private static IngestReport duplicate(String name, DocumentInfo existing) {
        return new IngestReport(existing.id(), name, IngestStatus.DUPLICATE, existing.pages(), existing.passages(),
                Optional.empty());
    }

    /** Hex SHA-256 of bytes. */
    static final class Sha256 {
        static String hex(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }
}
