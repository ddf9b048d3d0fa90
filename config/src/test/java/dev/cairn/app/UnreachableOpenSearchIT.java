package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An OpenSearch that cannot be reached at startup stops startup with a report naming the setting and the address. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableOpenSearchIT {
    private static final String PASSWORD = "os-pw-that-must-never-show-4711";

    @TempDir
    Path dataDir;

    @Test
    void startupStopsNamingTheSettingAndTheAddressButNotThePassword(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> RunningCairn.context(dataDir, List.of("cairn.knowledge.store=opensearch",
                "cairn.opensearch.url=" + url, "cairn.opensearch.username=cairn",
                "cairn.opensearch.password=" + PASSWORD)))
                .hasStackTraceContaining("the knowledge store at cairn.opensearch.url=" + url + " cannot be used");

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("the knowledge store at cairn.opensearch.url=" + url + " cannot be used: OpenSearch at "
                        + url + " could not be reached")
                .contains("CAIRN_OPENSEARCH_URL")
                .doesNotContain(PASSWORD);
        assertThat(dataDir.resolve("index")).doesNotExist();
    }
}
