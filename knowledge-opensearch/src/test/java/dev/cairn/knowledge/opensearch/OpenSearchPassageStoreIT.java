package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.PassageStoreContract;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import java.util.concurrent.atomic.AtomicInteger;

/** The store contract on a real OpenSearch node (one per test JVM), each test in indices of its own. */
class OpenSearchPassageStoreIT extends PassageStoreContract {
    private static final AtomicInteger TESTS = new AtomicInteger();

    @Override
    protected PassageStore openStore() {
        return OpenSearchPassageStore.open(OpenSearchSettings.of(OpenSearchServer.shared().url(),
                "contract-" + TESTS.incrementAndGet()), SearchTuning.DEFAULT.withContextWeight(0.5));
    }
}
