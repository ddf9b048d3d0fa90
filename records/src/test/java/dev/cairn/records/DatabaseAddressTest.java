package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The address of the records database: the embedded default keeps WRITE_DELAY=0, and no password is ever shown. */
class DatabaseAddressTest {

    @Test
    void theEmbeddedDatabaseLivesUnderTheDataDirectoryAndWritesEachCommitBeforeReturning() {
        DatabaseAddress embedded = DatabaseAddress.embedded(Path.of("/srv/cairn"));

        assertThat(embedded.url()).isEqualTo("jdbc:h2:async:/srv/cairn/records/cairn;AUTO_SERVER=FALSE;WRITE_DELAY=0");
        assertThat(embedded.username()).isEqualTo("cairn");
    }

    @Test
    void neitherTheTextNorTheShownUrlContainsAPassword() {
        DatabaseAddress address = new DatabaseAddress("jdbc:postgresql://db/cairn?password=s3cret-in-url&ssl=true",
                "cairn", "s3cret-pw");

        assertThat(address.shownUrl()).isEqualTo("jdbc:postgresql://db/cairn?password=(hidden)&ssl=true");
        assertThat(address.toString()).contains("cairn").doesNotContain("s3cret");
    }

    @Test
    void aBlankUrlIsRefused() {
        assertThatThrownBy(() -> new DatabaseAddress(" ", "u", "p")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
    }

    @Test
    void anUnreachableServerIsReportedWithItsAddressAndWithoutThePassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DatabaseAddress address = new DatabaseAddress("jdbc:postgresql://127.0.0.1:" + closedPort + "/cairn",
                "cairn", "s3cret-pw");

        assertThatThrownBy(() -> RecordsDatabase.open(address)).isInstanceOf(RecordsUnavailableException.class)
                .hasMessageStartingWith("cannot reach the records database at jdbc:postgresql://127.0.0.1:"
                        + closedPort + "/cairn as user 'cairn': Connection to 127.0.0.1:" + closedPort + " refused")
                .hasMessageNotContaining("s3cret");
    }
}
