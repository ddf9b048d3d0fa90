package dev.cairn.core.port;

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

    public static IngestReport rejected(String name, String code, String message) {
        return new IngestReport("", name, IngestStatus.REJECTED, 0, 0, Optional.of(new IngestError(code, message)));
    }

    /** One line for a person, e.g. {@code indexed report.pdf: 12 pages, 48 passages}. */
    public String summary() {
        return switch (status) {
            case INDEXED -> "indexed " + name + ": " + describe();
            case DUPLICATE -> name + " is already indexed (same content): " + describe();
            case REJECTED -> error.orElseThrow().message();
        };
    }

    private String describe() {
        String passageText = passages + (passages == 1 ? " passage" : " passages");
        return pages > 0 ? pages + (pages == 1 ? " page, " : " pages, ") + passageText : passageText;
    }
}
