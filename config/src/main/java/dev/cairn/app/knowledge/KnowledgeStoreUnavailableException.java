package dev.cairn.app.knowledge;

/** The configured knowledge store cannot be opened or reached at startup; the message names the setting and the address. */
public final class KnowledgeStoreUnavailableException extends IllegalStateException {
    KnowledgeStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
