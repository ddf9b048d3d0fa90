package dev.cairn.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoresTest {
    @TempDir
    Path dataDir;

    @Test
    void anUnreachableOpenSearchStopsStartupNamingTheSettingAndTheAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;

        assertThatThrownBy(() -> KnowledgeStores.open(new KnowledgeStoreProperties("opensearch"),
                new OpenSearchProperties(url, "", "", "cairn"), dataDir, SearchTuning.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cairn.opensearch.url=" + url)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void openSearchWithoutAnAddressStopsStartupNamingTheSetting() {
        assertThatThrownBy(() -> KnowledgeStores.open(new KnowledgeStoreProperties("OpenSearch"),
                new OpenSearchProperties("", "", "", "cairn"), dataDir, SearchTuning.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cairn.opensearch.url is not set");
    }

    @Test
    void anUnknownStoreIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new KnowledgeStoreProperties("elastic"))
                .hasMessage("cairn.knowledge.store must be lucene or opensearch, was 'elastic'");
    }

    @Test
    void theDefaultStoreIsTheLuceneIndexUnderTheDataDirectory() throws Exception {
        try (PassageStore store = KnowledgeStores.open(new KnowledgeStoreProperties("lucene"),
                new OpenSearchProperties("", "", "", "cairn"), dataDir, SearchTuning.DEFAULT)) {
            assertThat(store).isInstanceOf(PassageIndex.class);
            assertThat(dataDir.resolve("index")).isDirectory();
        }
    }
}
