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

/** A records database that cannot be reached stops startup with a report naming the setting and the address. */
@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseIT {
    private static final String PASSWORD = "pw-that-must-never-show-4711";

    @TempDir
    Path dataDir;

    @Test
    void startupStopsNamingTheSettingAndTheAddressButNotThePassword(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/cairn";

        assertThatThrownBy(() -> RunningCairn.context(dataDir, List.of("cairn.database.url=" + url,
                "cairn.database.username=cairn", "cairn.database.password=" + PASSWORD)))
                .hasStackTraceContaining("cannot reach the records database at " + url);

        assertThat(output.getAll())
                .contains("cairn.database.url: cannot reach the records database at " + url + " as user 'cairn': ")
                .contains("Connection to 127.0.0.1:" + closedPort + " refused")
                .contains("CAIRN_DATABASE_URL")
                .doesNotContain(PASSWORD);
        assertThat(dataDir.resolve("records")).doesNotExist();
    }
}
