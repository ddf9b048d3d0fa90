package dev.cairn.app.knowledge;

import dev.cairn.core.port.KnowledgeException;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import dev.cairn.knowledge.opensearch.OpenSearchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the configured passage store: the Lucene index under {@code <data-dir>/index}, or OpenSearch. A store that
 * cannot be opened or reached stops startup with an {@link IllegalStateException} naming the setting and the address
 * ({@link KnowledgeStoreUnavailableException} when OpenSearch cannot be reached).
 */
public final class KnowledgeStores {
    private KnowledgeStores() {
    }

    public static PassageStore open(KnowledgeStoreProperties store, OpenSearchProperties openSearch, Path dataDir,
                                    SearchTuning tuning) {
        if (store.store().equals(KnowledgeStoreProperties.OPENSEARCH)) {
            return openSearch(openSearch, tuning);
        }
        Path dir = dataDir.resolve("index");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the knowledge index directory " + dir, e);
        }
        return new PassageIndex(dir, tuning);
    }

    private static PassageStore openSearch(OpenSearchProperties p, SearchTuning tuning) {
        if (p.url().isBlank()) {
            throw new IllegalStateException("cairn.knowledge.store is opensearch but cairn.opensearch.url is not set "
                    + "(e.g. http://opensearch:9200, or CAIRN_OPENSEARCH_URL)");
        }
        OpenSearchSettings settings;
        try {
            settings = new OpenSearchSettings(p.url(), p.username(), p.password(), p.indexPrefix());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cairn.opensearch: " + e.getMessage(), e);
        }
        try {
            return OpenSearchPassageStore.open(settings, tuning);
        } catch (KnowledgeException e) {
            throw new KnowledgeStoreUnavailableException("the knowledge store at cairn.opensearch.url="
                    + settings.url() + " cannot be used: " + e.getMessage(), e);
        }
    }
}
