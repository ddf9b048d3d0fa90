package dev.cairn.records;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The records database (answers, votes, pending approvals, and what other modules keep there), embedded H2 under the
 * data directory or a PostgreSQL server, behind one HikariCP pool, migrated by Flyway when opened; close it to release
 * the file and the connections. Opening throws {@link RecordsUnavailableException} when the database cannot be
 * reached, {@link IllegalStateException} when it cannot be migrated.
 */
public final class RecordsDatabase implements AutoCloseable {
    /** How long opening keeps trying to connect, and how long a later request waits for a connection. */
    static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    private final HikariDataSource pool;
    private final DatabaseAddress address;

    private RecordsDatabase(HikariDataSource pool, DatabaseAddress address) {
        this.pool = pool;
        this.address = address;
    }

    /** Opens (creating if needed) the embedded H2 database {@code <dataDir>/records/cairn} and migrates it. */
    public static RecordsDatabase open(Path dataDir) {
        return open(dataDir, List.of(RecordsSchema.LOCATION));
    }

    /** Opens the database at {@code address} (H2 or PostgreSQL) and migrates it. */
    public static RecordsDatabase open(DatabaseAddress address) {
        return open(address, List.of(RecordsSchema.LOCATION));
    }

    /** Opens the embedded database under {@code dataDir} migrated with the SQL files of {@code locations}. */
    static RecordsDatabase open(Path dataDir, List<String> locations) {
        Path dir = dataDir.resolve("records");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        return open(DatabaseAddress.embedded(dataDir), locations);
    }

    /** Opens the database at {@code address} migrated with the SQL files of {@code locations} (Flyway locations). */
    static RecordsDatabase open(DatabaseAddress address, List<String> locations) {
        HikariDataSource pool = pool(address);
        try {
            RecordsSchema.migrate(pool, locations);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new IllegalStateException("could not migrate the answer records at " + address.shownUrl() + ": "
                    + e.getMessage(), e);
        }
        return new RecordsDatabase(pool, address);
    }

    private static HikariDataSource pool(DatabaseAddress address) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("cairn-records");
        config.setJdbcUrl(address.url());
        config.setUsername(address.username());
        config.setPassword(address.password());
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new RecordsUnavailableException(address, reason(e), e);
        } catch (RuntimeException e) {
            // e.g. no driver for the URL
            throw new RecordsUnavailableException(address, e.getMessage(), e);
        }
    }

    /**
     * What went wrong (refused, unknown host, authentication failed, …): the driver's own message, the first
     * {@link SQLException} in the chain, else the innermost cause's.
     */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof SQLException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** A pooled connection in auto-commit mode; close it to return it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The pool behind {@link #connection()}, for libraries that take a {@link DataSource}; do not close it. */
    public DataSource dataSource() {
        return pool;
    }

    /** Where this database is. */
    public DatabaseAddress address() {
        return address;
    }

    @Override
    public void close() {
        pool.close();
    }
}
