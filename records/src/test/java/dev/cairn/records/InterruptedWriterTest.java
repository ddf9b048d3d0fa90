package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread interrupted while it writes (an answer abandoned at shutdown) does not close the embedded database for
 * everyone else: the write goes through, the thread keeps its interrupt, and other connections still work.
 */
class InterruptedWriterTest {
    @TempDir
    Path dataDir;

    @Test
    void aWriteByAnInterruptedThreadLeavesTheDatabaseOpenForEveryone() throws Exception {
        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            try (Connection connection = database.connection(); Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE probe (id INT PRIMARY KEY, text VARCHAR(2000))");
            }
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int id = 0; id < 20; id++) {
                        Thread.currentThread().interrupt();
                        insert(database, id);
                    }
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                } catch (SQLException | RuntimeException e) {
                    failure.set(e);
                }
            }, "interrupted-writer");
            writer.start();
            writer.join();

            assertThat(failure.get()).as("the interrupted writer's inserts").isNull();
            assertThat(stillInterrupted.get()).as("the writer keeps its interrupt for whoever stops it").isTrue();
            insert(database, 100);
            try (Connection connection = database.connection(); Statement count = connection.createStatement();
                 ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM probe")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(21);
            }
        }
    }

    private static void insert(RecordsDatabase database, int id) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO probe VALUES (?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, "x".repeat(1_500));
            insert.executeUpdate();
        }
    }
}
