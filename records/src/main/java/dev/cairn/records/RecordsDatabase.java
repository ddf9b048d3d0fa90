package dev.cairn.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database of answers, votes and pending approvals under the data directory, migrated by Flyway
 * when opened; close it to release the file.
 */
public final class RecordsDatabase implements AutoCloseable {
    private final JdbcConnectionPool pool;

    private RecordsDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) {@code <dataDir>/records/cairn} and migrates it; throws when it cannot. */
    public static RecordsDatabase open(Path dataDir) {
        return open(dataDir, List.of(RecordsSchema.LOCATION));
    }

    /** Opens the database migrated with the SQL files of {@code locations} (Flyway locations). */
    static RecordsDatabase open(Path dataDir, List<String> locations) {
        Path dir = dataDir.resolve("records");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dataDir), "cairn", "");
        try {
            RecordsSchema.migrate(pool, locations);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new IllegalStateException("could not open the answer records in " + dir + ": " + e.getMessage(), e);
        }
        return new RecordsDatabase(pool);
    }

    /**
     * The JDBC URL of the records database under {@code dataDir}. {@code WRITE_DELAY=0} writes each commit to the
     * file before it returns: H2's default (a flush every half second) loses the last commits to a {@code kill -9}.
     */
    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("records").toAbsolutePath().resolve("cairn")
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    /** A pooled connection in auto-commit mode; close it to return it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * The same pooled connections as a {@link DataSource}, for libraries that want one (the gateway lease); use
     * {@link #connection()} in Cairn's own code.
     */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
