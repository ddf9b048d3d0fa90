package dev.cairn.app.observe;

import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.KnowledgeIngestion;

/** Counts and logs every ingestion of the wrapped ingestion. */
public final class MeteredIngestion implements KnowledgeIngestion {
    private final KnowledgeIngestion ingestion;
    private final CairnMetrics metrics;

    public MeteredIngestion(KnowledgeIngestion ingestion, CairnMetrics metrics) {
        this.ingestion = ingestion;
        this.metrics = metrics;
    }

    @Override
    public IngestReport ingest(IncomingFile file) {
        long start = System.nanoTime();
        IngestReport report = ingestion.ingest(file);
        metrics.ingested(report, file.scope(), (System.nanoTime() - start) / 1_000_000);
        return report;
    }
}
