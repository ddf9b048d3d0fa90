package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyIT {
    @TempDir
    Path dataDir;

    @Test
    void withAKeySetEveryApiCallNeedsIt() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.web.api-key=s3cret-key")) {
            Api.Reply none = cairn.api.ask("ann", "help");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.json().get("error").get("code").asString()).isEqualTo("unauthorized");
            assertThat(none.body()).doesNotContain("s3cret-key");

            assertThat(cairn.api.withKey("wrong").get("/api/v1/knowledge/documents").status()).isEqualTo(401);
            assertThat(cairn.api.withKey("s3cret-key").get("/api/v1/knowledge/documents").status()).isEqualTo(200);
            assertThat(cairn.api.withKey("s3cret-key").ask("ann", "help").status()).isEqualTo(200);
            assertThat(cairn.api.get("/").status()).isEqualTo(200);
        }
    }
}
