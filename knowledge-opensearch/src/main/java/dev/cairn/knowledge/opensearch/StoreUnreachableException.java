package dev.cairn.knowledge.opensearch;

import dev.cairn.core.port.KnowledgeException;

/** OpenSearch did not answer at all (refused connection, timeout): nothing is wrong with the store once it does. */
final class StoreUnreachableException extends KnowledgeException {
    StoreUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
