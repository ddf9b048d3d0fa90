package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A store that cannot be reached at startup (the records database, the OpenSearch knowledge store) stops startup with
 * a report naming the setting and the address, never the password, and leaves nothing behind in the data directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableStoresIT {
    private static final String OPENSEARCH_PASSWORD = "os-pw-that-must-never-show-4711";
    private static final String DATABASE_PASSWORD = "pw-that-must-never-show-4711";

    @TempDir
    Path dataDir;

    /** A port of 127.0.0.1 that nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anUnreachableOpenSearchStopsStartupNamingTheSettingAndAddressNotThePassword(CapturedOutput output)
            throws Exception {
        int closedPort = closedPort();
        String url = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> RunningCairn.context(dataDir, List.of("cairn.knowledge.store=opensearch",
                "cairn.opensearch.url=" + url, "cairn.opensearch.username=cairn",
                "cairn.opensearch.password=" + OPENSEARCH_PASSWORD)))
                .hasStackTraceContaining("the knowledge store at cairn.opensearch.url=" + url + " cannot be used");

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("the knowledge store at cairn.opensearch.url=" + url + " cannot be used: OpenSearch at "
                        + url + " could not be reached")
                .contains("CAIRN_OPENSEARCH_URL")
                .doesNotContain(OPENSEARCH_PASSWORD);
        assertThat(dataDir.resolve("index")).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseStopsStartupNamingTheSettingAndAddressNotThePassword(CapturedOutput output)
            throws Exception {
        int closedPort = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/cairn";

        assertThatThrownBy(() -> RunningCairn.context(dataDir, List.of("cairn.database.url=" + url,
                "cairn.database.username=cairn", "cairn.database.password=" + DATABASE_PASSWORD)))
                .hasStackTraceContaining("cannot reach the records database at " + url);

        assertThat(output.getAll())
                .contains("cairn.database.url: cannot reach the records database at " + url + " as user 'cairn': ")
                .contains("Connection to 127.0.0.1:" + closedPort + " refused")
                .contains("CAIRN_DATABASE_URL")
                .doesNotContain(DATABASE_PASSWORD);
        assertThat(dataDir.resolve("records")).doesNotExist();
    }
}
