package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.core.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code reindex} refuses before it copies anything, each with a message and exit code 2: a missing data
 * directory, one without a knowledge index, one a running Cairn holds, an OpenSearch that does not answer, and bad
 * arguments. The copy itself is {@code ReindexCommandIT}'s.
 */
class ReindexCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) throws IOException {
        return Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, false);
    }

    private int run(String... args) throws IOException {
        return run(Map.of(), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** An address where nothing listens. */
    private static String closedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }

    private void indexOneDocument(PassageIndex index) {
        index.put(new DocumentInfo("d1", "leave.txt", "web", "text/plain", 1, 1, Instant.now(), Optional.empty(), ""),
                "0".repeat(64), List.of(new Chunk(Location.none(), "Annual leave accrues monthly.")),
                Optional.empty());
    }

    @Test
    void aMissingDataDirectoryIsRefusedNamingIt() throws IOException {
        Path missing = dir.resolve("nowhere");
        assertThat(run("reindex", "--data-dir", missing.toString(), "--opensearch-url", closedUrl())).isEqualTo(2);
        assertThat(err()).contains("reindex: no such folder: " + missing, "--data-dir");
        assertThat(out.size()).isZero();
    }

    @Test
    void aDataDirectoryWithoutAnIndexIsRefusedAndLeftAsItWas() throws IOException {
        Files.createDirectories(dir.resolve("index"));
        assertThat(run("reindex", "--data-dir", dir.toString(), "--opensearch-url", closedUrl())).isEqualTo(2);
        assertThat(err()).contains("holds no knowledge index", "cairn.data-dir of an embedded Cairn");
        assertThat(dir.resolve("index").toFile().list()).isEmpty();
    }

    @Test
    void aDataDirectoryARunningCairnHoldsIsRefusedBeforeOpenSearchIsAsked() throws IOException {
        try (PassageIndex running = new PassageIndex(dir.resolve("index"), 0.5)) {
            indexOneDocument(running);
            assertThat(run("reindex", "--data-dir", dir.toString(), "--opensearch-url", closedUrl())).isEqualTo(2);
            assertThat(err()).contains("is in use by another process", "Stop that Cairn first")
                    .doesNotContain("OpenSearch at");
            assertThat(running.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void anOpenSearchThatDoesNotAnswerIsRefusedNamingItsAddressAndTheIndexIsReleased() throws IOException {
        try (PassageIndex stopped = new PassageIndex(dir.resolve("index"), 0.5)) {
            indexOneDocument(stopped);
        }
        String url = closedUrl();
        assertThat(run("reindex", "--data-dir", dir.toString(), "--opensearch-url", url)).isEqualTo(2);
        assertThat(err()).contains("reindex: cannot use OpenSearch at " + url);
        try (PassageIndex again = new PassageIndex(dir.resolve("index"), 0.5)) {
            assertThat(again.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void thePasswordIsRefusedOnTheCommandLineAndTheUrlIsRequired() throws IOException {
        assertThat(run("reindex", "--data-dir", dir.toString(), "--opensearch-url", "http://x:9200",
                "--opensearch-password", "secret")).isEqualTo(2);
        assertThat(err()).contains("CAIRN_OPENSEARCH_PASSWORD", "usage: java -jar cairn.jar reindex")
                .doesNotContain("secret");
        err.reset();
        assertThat(run("reindex", "--data-dir", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("missing --opensearch-url", "CAIRN_OPENSEARCH_URL");
        err.reset();
        assertThat(run("reindex", "--data-dir", dir.toString(), "--opensearch-url", "ftp://x")).isEqualTo(2);
        assertThat(err()).contains("http(s)");
        err.reset();
        assertThat(run("reindex", "--opensearch-url", "http://x:9200")).isEqualTo(2);
        assertThat(err()).contains("missing --data-dir");
    }

    @Test
    void theOpenSearchAddressAndPrefixMayComeFromTheServersEnvironmentVariables() {
        Map<String, String> env = new HashMap<>(Map.of("CAIRN_OPENSEARCH_URL", "http://os:9200",
                "CAIRN_OPENSEARCH_USERNAME", "cairn", "CAIRN_OPENSEARCH_PASSWORD", "pw",
                "CAIRN_OPENSEARCH_INDEX_PREFIX", "team"));
        ReindexOptions fromEnv = ReindexOptions.parse(new String[] {"reindex", "--data-dir", "d"}, env);
        assertThat(fromEnv.target().url()).isEqualTo("http://os:9200");
        assertThat(fromEnv.target().username()).isEqualTo("cairn");
        assertThat(fromEnv.target().password()).isEqualTo("pw");
        assertThat(fromEnv.target().indexPrefix()).isEqualTo("team");
        assertThat(fromEnv.indexDir()).isEqualTo(Path.of("d", "index"));

        ReindexOptions options = ReindexOptions.parse(new String[] {"reindex", "--data-dir=d",
                "--opensearch-url=http://other:9200", "--index-prefix", "cairn2"}, env);
        assertThat(options.target().url()).isEqualTo("http://other:9200");
        assertThat(options.target().indexPrefix()).isEqualTo("cairn2");
    }

    @Test
    void helpListsTheCommand() throws IOException {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reindex", "--data-dir DIR --opensearch-url URL");
    }
}
