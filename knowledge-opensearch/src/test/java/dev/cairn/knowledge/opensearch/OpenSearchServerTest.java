package dev.cairn.knowledge.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSearchServerTest {
    @TempDir
    Path dir;

    @Test
    void withoutAJava21TheTestsFailSayingHowToPointThemAtOne() {
        assertThatThrownBy(() -> OpenSearchServer.java21(null, dir.resolve("no-jdk")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a Java 21 or newer")
                .hasMessageContaining("none was found at " + dir.resolve("no-jdk"))
                .hasMessageContaining("set CAIRN_TEST_JAVA21_HOME");
        assertThatThrownBy(() -> OpenSearchServer.java21(dir.toString(), dir))
                .hasMessageContaining("CAIRN_TEST_JAVA21_HOME=" + dir + " has no bin/java");
    }

    @Test
    void theConfiguredJavaWinsOverTheKnownOne() throws Exception {
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);

        assertThat(OpenSearchServer.java21(dir.resolve("jdk").toString(), dir.resolve("other")))
                .isEqualTo(dir.resolve("jdk"));
    }
}
