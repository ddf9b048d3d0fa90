package dev.cairn.core.port;

import dev.cairn.core.i18n.Phrase;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one file.
 *
 * @param documentId the document's id; empty when rejected
 * @param name       the file name
 * @param status     indexed, duplicate or rejected
 * @param pages      pages (slides, sheets) found
 * @param passages   passages indexed
 * @param error      the reason, when rejected
 */
public record IngestReport(String documentId, String name, IngestStatus status, int pages, int passages,
                           Optional<IngestError> error) {
    public IngestReport {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        if ((status == IngestStatus.REJECTED) != error.isPresent()) {
            throw new IllegalArgumentException("a rejected report needs an error, and only a rejected one");
        }
    }

    public static IngestReport rejected(String name, String code, Phrase reason) {
        return new IngestReport("", name, IngestStatus.REJECTED, 0, 0, Optional.of(new IngestError(code, reason)));
    }

    /** One line for a person, e.g. {@code indexed report.pdf: 12 pages, 48 passages}. */
    public Phrase summary() {
        Phrase size = Phrase.of("ingest.size", pages, Phrase.of("ingest.passages", passages));
        return switch (status) {
            case INDEXED -> Phrase.of("ingest.indexed", name, size);
            case DUPLICATE -> Phrase.of("ingest.duplicate", name, size);
            case REJECTED -> error.orElseThrow().reason();
        };
    }
}
