package dev.cairn.app;

import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import dev.cairn.knowledge.opensearch.OpenSearchServer;
import dev.cairn.knowledge.opensearch.OpenSearchSettings;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.util.List;
import java.util.UUID;

/**
 * The shared stores of one test's replicas in cluster mode: knowledge under a fresh index prefix of the test
 * OpenSearch node, records in a fresh database of the test PostgreSQL server (both started on first use, failing
 * with the reason when they cannot start, never skipping).
 */
record ClusterStores(String openSearchUrl, String indexPrefix, DatabaseAddress database) {

    static ClusterStores fresh() {
        return new ClusterStores(OpenSearchServer.shared().url(),
                "cairn-" + UUID.randomUUID().toString().substring(0, 8), PostgresServer.shared().createDatabase());
    }

    /** The settings that put a replica on these stores; every replica of one cluster gets the same. */
    List<String> settings() {
        return List.of("cairn.knowledge.store=opensearch", "cairn.opensearch.url=" + openSearchUrl,
                "cairn.opensearch.index-prefix=" + indexPrefix, "cairn.database.url=" + database.url(),
                "cairn.database.username=" + database.username(), "cairn.database.password=" + database.password());
    }

    /** The knowledge store as the replicas see it, for a test to inspect. */
    OpenSearchPassageStore openKnowledge() {
        return OpenSearchPassageStore.open(new OpenSearchSettings(openSearchUrl, "", "", indexPrefix),
                SearchTuning.DEFAULT);
    }
}
