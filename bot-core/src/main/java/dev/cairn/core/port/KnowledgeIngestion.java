package dev.cairn.core.port;

/** Turns files into searchable knowledge. Never throws for bad input: a file that cannot be indexed comes back as a rejected report, and what was indexed before is unchanged. */
public interface KnowledgeIngestion {

    /** Parses, chunks and indexes one file into its scope; replaces an earlier document of the same name in that scope. */
    IngestReport ingest(IncomingFile file);
}
