package dev.cairn.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a records database the way Cairn did before Flyway: the hand-written runner's {@code schema_version}
 * table and its migrations 1 to 3 (the same statements as Flyway's V1 to V3), applied up to a given version.
 */
final class OldRecordsRunner {
    /** The old runner's migrations 1 to 3 are Flyway's V1 to V3, unchanged. */
    private static final List<String> MIGRATIONS = List.of("V1__answers_and_feedback.sql",
            "V2__retrieved_and_cited_passages.sql", "V3__question_scope.sql");

    private OldRecordsRunner() {
    }

    /** Creates the database under {@code dataDir} at the old runner's {@code version}, then runs {@code after} on it. */
    static void create(Path dataDir, int version, String... after) throws SQLException, IOException {
        Files.createDirectories(dataDir.resolve("records"));
        try (Connection connection = DriverManager.getConnection(DatabaseAddress.embedded(dataDir).url(), "cairn", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(500) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            PreparedStatement remember = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
            for (int v = 1; v <= version; v++) {
                for (String sql : statements(MIGRATIONS.get(v - 1))) {
                    statement.execute(sql);
                }
                remember.setInt(1, v);
                remember.setString(2, "migration " + v);
                remember.setTimestamp(3, Timestamp.from(Instant.now()));
                remember.executeUpdate();
            }
            remember.close();
            for (String sql : after) {
                statement.execute(sql);
            }
        }
    }

    /** The statements of a migration file: comment lines dropped, split at each {@code ;}. */
    private static List<String> statements(String file) throws IOException {
        try (InputStream in = OldRecordsRunner.class.getResourceAsStream("/db/records/" + file)) {
            if (in == null) {
                throw new IOException("no migration " + file + " on the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
