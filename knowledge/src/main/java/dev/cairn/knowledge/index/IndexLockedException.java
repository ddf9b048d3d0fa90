package dev.cairn.knowledge.index;

import dev.cairn.core.port.KnowledgeException;

/**
 * The Lucene index could not be opened because another index writer holds its write lock: a running Cairn (or a
 * tool) on the same data directory. Nothing was read or changed.
 */
public final class IndexLockedException extends KnowledgeException {
    private final String location;

    IndexLockedException(String location, Throwable cause) {
        super("the knowledge index in " + location + " is in use by another process (a running Cairn holds its "
                + "write lock)", cause);
        this.location = location;
    }

    /** The index's directory. */
    public String location() {
        return location;
    }
}
