package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A write the knowledge index cannot make (here its directory vanished under the running server) is one error in
 * the log, a store_failed reply for the file, and readiness DOWN until a write succeeds again.
 */
@ExtendWith(OutputCaptureExtension.class)
class IndexWriteFailureIT {
    @TempDir
    Path dataDir;

    @Test
    void aFailedIndexWriteIsLoggedOnceRepliedPerFileAndTurnsReadinessDownUntilAWriteSucceeds(CapturedOutput output)
            throws IOException {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.knowledge.retrieval.mode=bm25",
                "cairn.knowledge.embeddings.model=none")) {
            assertThat(status(cairn.api.upload(Map.of("lunch.txt", bytes("Lunch is at noon."))))).isEqualTo("indexed");
            assertThat(cairn.api.get("/actuator/health/readiness").status()).isEqualTo(200);

            deleteRecursively(dataDir.resolve("index"));
            JsonNode refused = cairn.api.upload(Map.of("gym.txt", bytes("The gym opens at six."))).json()
                    .get("files").get(0);

            assertThat(refused.get("status").asString()).isEqualTo("rejected");
            assertThat(refused.get("error").get("code").asString()).isEqualTo("store_failed");
            Api.Reply readiness = cairn.api.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
            assertThat(cairn.api.get("/actuator/health/liveness").status()).isEqualTo(200);
            List<String> errors = output.getOut().lines().filter(l -> l.contains(" ERROR ")).toList();
            assertThat(errors).singleElement().asString()
                    .contains("could not save gym.txt to the knowledge index; readiness is down until a write succeeds");

            assertThat(status(cairn.api.upload(Map.of("gym.txt", bytes("The gym opens at six."))))).isEqualTo("indexed");
            assertThat(cairn.api.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(cairn.api.ask("kim", "When does the gym open?").json().get("answer").asString())
                    .contains("six");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String status(Api.Reply upload) {
        return upload.json().get("files").get(0).get("status").asString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
