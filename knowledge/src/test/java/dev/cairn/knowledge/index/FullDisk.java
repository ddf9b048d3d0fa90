package dev.cairn.knowledge.index;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;

/**
 * A Lucene directory whose disk can be made full: while {@link #fill()} is in effect, creating a file, syncing one
 * or taking a lock fails with the IOException a full disk gives; reads keep working. Counts the writes it refused.
 */
public final class FullDisk extends FilterDirectory {
    private volatile boolean full;
    private final AtomicInteger refused = new AtomicInteger();

    public FullDisk(Directory in) {
        super(in);
    }

    public void fill() {
        full = true;
    }

    public void free() {
        full = false;
    }

    public int refused() {
        return refused.get();
    }

    private void check() throws IOException {
        if (full) {
            refused.incrementAndGet();
            throw new IOException("No space left on device");
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check();
        return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check();
        return super.createTempOutput(prefix, suffix, context);
    }

    /** The lock file of a new index writer cannot be created either. */
    @Override
    public Lock obtainLock(String name) throws IOException {
        check();
        return super.obtainLock(name);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        check();
        super.sync(names);
    }

    @Override
    public void syncMetaData() throws IOException {
        check();
        super.syncMetaData();
    }
}
