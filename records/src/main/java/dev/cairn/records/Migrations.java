package dev.cairn.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the records schema up to date: applies, in order and in one transaction each, the migrations not yet in
 * {@code schema_version}; a failing migration is rolled back and throws.
 */
public final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** The schema of the answer records, oldest step first; append, never edit. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "answers and feedback", List.of(
                    """
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
                        PRIMARY KEY (reply_id, user_id))""")),
            new Migration(2, "retrieved and cited passages of each answer; answers by asker", List.of(
                    // JSON arrays: retrieved [{passage_id, document_id, location, score}], best first;
                    // cited_passages [{index, passage_id, document_id, location}], passage_id null when unknown
                    "ALTER TABLE answers ADD COLUMN retrieved VARCHAR NOT NULL DEFAULT '[]'",
                    "ALTER TABLE answers ADD COLUMN cited_passages VARCHAR NOT NULL DEFAULT '[]'",
                    "CREATE INDEX answers_asker ON answers (platform, user_id, at)")),
            new Migration(3, "the knowledge scope each question was asked in", List.of(
                    "ALTER TABLE answers ADD COLUMN scope VARCHAR(500) NOT NULL DEFAULT ''",
                    "UPDATE answers SET scope = CASE WHEN platform = 'web' THEN 'web' "
                            + "ELSE platform || ':' || workspace END")));

    private Migrations() {
    }

    /** Applies the migrations newer than the recorded version; returns how many it applied. */
    public static int apply(Connection connection, List<Migration> migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(500) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int current = currentVersion(connection);
        int applied = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Migration migration : migrations) {
                if (migration.version() <= current) {
                    continue;
                }
                if (migration.version() != current + 1) {
                    throw new IllegalStateException("migration " + migration.version() + " follows version " + current
                            + "; migrations must be numbered without gaps");
                }
                run(connection, migration);
                current = migration.version();
                applied++;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return applied;
    }

    /** The newest applied migration, 0 on a fresh database. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void run(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement();
             PreparedStatement remember = connection.prepareStatement(
                     "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
            remember.setInt(1, migration.version());
            remember.setString(2, migration.description());
            remember.setTimestamp(3, Timestamp.from(Instant.now()));
            remember.executeUpdate();
            connection.commit();
            log.info("records schema migrated to version {}: {}", migration.version(), migration.description());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
