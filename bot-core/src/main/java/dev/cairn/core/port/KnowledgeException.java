package dev.cairn.core.port;

/** The knowledge store itself failed (disk, corrupt index); the request could not be served. */
public class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
