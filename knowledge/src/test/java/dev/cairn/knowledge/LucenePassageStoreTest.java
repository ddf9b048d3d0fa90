package dev.cairn.knowledge;

import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded Lucene index. */
class LucenePassageStoreTest extends PassageStoreContract {
    @TempDir
    Path dir;

    @Override
    protected PassageStore openStore() {
        return new PassageIndex(dir, 0.5);
    }
}
