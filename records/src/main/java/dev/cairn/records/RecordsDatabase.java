package dev.cairn.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded H2 database of answers and votes under the data directory, migrated when opened; close it to release the file. */
public final class RecordsDatabase implements AutoCloseable {
    private final JdbcConnectionPool pool;

    private RecordsDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) {@code <dataDir>/records/cairn} and applies {@link Migrations#ALL}; throws when it cannot. */
    public static RecordsDatabase open(Path dataDir) {
        return open(dataDir, Migrations.ALL);
    }

    static RecordsDatabase open(Path dataDir, List<Migration> migrations) {
        Path dir = dataDir.resolve("records");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("cairn") + ";AUTO_SERVER=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cairn", "");
        try (Connection connection = pool.getConnection()) {
            Migrations.apply(connection, migrations);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new IllegalStateException("could not open the answer records in " + dir + ": " + e.getMessage(), e);
        }
        return new RecordsDatabase(pool);
    }

    /** A pooled connection in auto-commit mode; close it to return it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
