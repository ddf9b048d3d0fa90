package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.PassageStoreContract;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The store contract on a real OpenSearch node (one per test JVM). Each test starts from empty indices: emptied
 * rather than created anew, which takes a node a few seconds each.
 */
class OpenSearchPassageStoreIT extends PassageStoreContract {
    private static final String PREFIX = "contract";

    @Override
    protected PassageStore openStore() {
        String url = OpenSearchServer.shared().url();
        PassageStore store = OpenSearchPassageStore.open(OpenSearchSettings.of(url, PREFIX),
                SearchTuning.DEFAULT.withContextWeight(0.5));
        empty(url);
        return store;
    }

    private static void empty(String url) {
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/"
                            + PREFIX + "-passages/_delete_by_query?refresh=true&conflicts=proceed"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"match_all\":{}}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("could not empty the test index: " + reply.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not empty the test index", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
