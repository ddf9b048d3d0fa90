package dev.cairn.core;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.KnowledgeIngestion;
import java.util.List;
import java.util.Objects;

/** Indexes the files of a message into its home scope and reports on each. */
public final class FileIntake {
    private final KnowledgeIngestion ingestion;
    private final ScopePolicy scopes;

    public FileIntake(KnowledgeIngestion ingestion, ScopePolicy scopes) {
        this.ingestion = Objects.requireNonNull(ingestion, "ingestion");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** One report per attachment, in order; never throws for a bad file. */
    public List<IngestReport> ingest(InboundMessage message) {
        String scope = scopes.home(message);
        return message.attachments().stream()
                .map(a -> ingestion.ingest(new IncomingFile(a.name(), scope, a.size(), a.contentType(), a.link(),
                        a.source(), a.content())))
                .toList();
    }
}
