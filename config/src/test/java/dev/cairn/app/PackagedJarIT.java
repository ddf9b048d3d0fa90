package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's first command works: {@code java -jar config/target/cairn.jar} with no settings starts (every
 * library it needs is inside the jar), indexes an uploaded file and answers a question about it, citing it.
 */
class PackagedJarIT {
    @TempDir
    Path dir;

    @Test
    void thePackagedJarStartsIndexesAndAnswersWithItsDefaults() {
        Path jar = Path.of("target", "cairn.jar");
        assertThat(jar).as("mvn package builds the jar before the integration tests").isRegularFile();

        try (ChildCairn cairn = ChildCairn.fromJar(jar, dir.resolve("data"))) {
            Api.Reply upload = cairn.api().upload(Map.of("leave.md", ("# Leave\n\nEmployees accrue four hours of "
                    + "annual leave per pay period.\n").getBytes(StandardCharsets.UTF_8)));
            JsonNode answer = cairn.api().ask("ann", "How much annual leave do employees accrue?").json();

            assertThat(upload.body()).contains("\"indexed\"");
            assertThat(answer.get("answer").asString()).contains("four hours").contains("[1]");
            assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("leave.md");
        }
        assertThat(dir.resolve("data").resolve("index")).as("the index the jar wrote under its data directory")
                .isDirectoryContaining(f -> f.getFileName().toString().startsWith("segments"));
    }
}
