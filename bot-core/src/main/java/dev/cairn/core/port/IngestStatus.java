package dev.cairn.core.port;

/** The result of offering one file to the knowledge base. */
public enum IngestStatus {
    /** Parsed and indexed; searchable now. */
    INDEXED,
    /** The same bytes are already indexed in that scope; nothing changed. */
    DUPLICATE,
    /** Refused for the reason given; nothing changed. */
    REJECTED
}
