package dev.cairn.knowledge.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.index.SearchTuning;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cluster that answers a multi-search with fewer responses than searches (a proxy cutting the body, a bug) makes
 * the search fail saying so, not with a bare NullPointerException. A fake server on 127.0.0.1 stands for OpenSearch:
 * a real one always answers in full.
 */
class ShortMultiSearchAnswerTest {
    private HttpServer server;

    @BeforeEach
    void startFakeCluster() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String body = exchange.getRequestURI().getPath().endsWith("/_msearch")
                    ? "{\"responses\":[{\"hits\":{\"hits\":[]}}]}" : "{}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopFakeCluster() {
        server.stop(0);
    }

    @Test
    void aMultiSearchAnsweredWithFewerResponsesThanSearchesFailsSayingHowMany() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try (OpenSearchPassageStore store = OpenSearchPassageStore.open(
                new OpenSearchSettings(url, "", "", "cairn-test"), SearchTuning.DEFAULT)) {
            assertThatThrownBy(() -> store.search(SearchSpec.bm25("how many weeks of parental leave", List.of(),
                    Set.of("web"), 5, 0.5)))
                    .isInstanceOf(dev.cairn.core.port.KnowledgeException.class)
                    .hasMessageContaining("OpenSearch answered a multi-search of 2 searches with 1 responses");
        }
    }
}
