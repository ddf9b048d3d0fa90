package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.port.StoredApproval;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit is on disk when it returns: a separate JVM saves an approval and halts at once (no shutdown hook, no close,
 * as {@code kill -9} would), and the database opened afterwards holds it.
 */
class KilledWriterTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void anApprovalSavedJustBeforeTheProcessIsKilledIsStillThere() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString())
                .inheritIO().start();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).as("the writer JVM ends").isTrue();
        assertThat(writer.exitValue()).as("the writer halts with 42 right after saving").isEqualTo(42);

        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            assertThat(new SqlApprovalStore(database).find("killed")).hasValueSatisfying(
                    found -> assertThat(found.action()).isEqualTo("restart-service"));
        }
    }

    /** Opens the records, waits past H2's default flush tick, saves one approval and halts the JVM. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            RecordsDatabase database = RecordsDatabase.open(Path.of(args[0]));
            Thread.sleep(1_200);
            new SqlApprovalStore(database).save(new StoredApproval("killed", "restart-service",
                    Map.of("service", "api"), Platform.SLACK, "T1", "C1", "1.2", new User("U1", "Dev"), "restart api",
                    T0, T0.plus(Duration.ofDays(1)), StoredApproval.State.PENDING, ""));
            Runtime.getRuntime().halt(42);
        }
    }
}
