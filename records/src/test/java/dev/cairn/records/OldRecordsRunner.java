package dev.cairn.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes a records database the way Cairn did before Flyway: the hand-written runner's {@code schema_version}
 * table and its migrations 1 to 3, verbatim, applied up to a given version.
 */
final class OldRecordsRunner {
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("""
                    CREATE TABLE answers (
                        id VARCHAR(200) PRIMARY KEY,
                        at TIMESTAMP WITH TIME ZONE NOT NULL,
                        platform VARCHAR(32) NOT NULL,
                        workspace VARCHAR(500) NOT NULL,
                        channel VARCHAR(500) NOT NULL,
                        user_id VARCHAR(500) NOT NULL,
                        question VARCHAR NOT NULL,
                        experiment VARCHAR(200) NOT NULL,
                        variant VARCHAR(200) NOT NULL,
                        cited INT NOT NULL,
                        cited_documents VARCHAR NOT NULL,
                        latency_ms BIGINT NOT NULL,
                        input_tokens INT NOT NULL,
                        output_tokens INT NOT NULL,
                        answered BOOLEAN NOT NULL)""",
                    "CREATE INDEX answers_at ON answers (at)",
                    """
                    CREATE TABLE feedback (
                        reply_id VARCHAR(200) NOT NULL,
                        user_id VARCHAR(500) NOT NULL,
                        vote VARCHAR(8) NOT NULL,
                        at TIMESTAMP WITH TIME ZONE NOT NULL,
                        PRIMARY KEY (reply_id, user_id))"""),
            List.of("ALTER TABLE answers ADD COLUMN retrieved VARCHAR NOT NULL DEFAULT '[]'",
                    "ALTER TABLE answers ADD COLUMN cited_passages VARCHAR NOT NULL DEFAULT '[]'",
                    "CREATE INDEX answers_asker ON answers (platform, user_id, at)"),
            List.of("ALTER TABLE answers ADD COLUMN scope VARCHAR(500) NOT NULL DEFAULT ''",
                    "UPDATE answers SET scope = CASE WHEN platform = 'web' THEN 'web' "
                            + "ELSE platform || ':' || workspace END"));

    private OldRecordsRunner() {
    }

    /** Creates the database under {@code dataDir} at the old runner's {@code version}, then runs {@code after} on it. */
    static void create(Path dataDir, int version, String... after) throws SQLException, IOException {
        Files.createDirectories(dataDir.resolve("records"));
        try (Connection connection = DriverManager.getConnection(RecordsDatabase.url(dataDir), "cairn", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(500) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            PreparedStatement remember = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
            for (int v = 1; v <= version; v++) {
                for (String sql : MIGRATIONS.get(v - 1)) {
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
}
