package dev.cairn.records;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the records schema up to date with Flyway, from the SQL files under {@code db/records}. A database written
 * by the hand-written runner that came before (its table {@code schema_version}, versions 1 to 3, same SQL) is first
 * baselined at the version that runner reached, so only the newer files run on it. Throws when a migration fails.
 */
final class RecordsSchema {
    static final String LOCATION = "classpath:db/records";
    static final String HISTORY = "flyway_schema_history";
    /** The table and newest version of the hand-written runner Flyway replaced. */
    static final String OLD_HISTORY = "schema_version";
    static final int OLD_LAST_VERSION = 3;
    private static final Logger log = LoggerFactory.getLogger(RecordsSchema.class);

    private RecordsSchema() {
    }

    /** Migrates {@code dataSource} with the files of {@code locations}; returns how many migrations ran. */
    static int migrate(DataSource dataSource, List<String> locations) throws SQLException {
        FluentConfiguration config = Flyway.configure().dataSource(dataSource).table(HISTORY)
                .locations(locations.toArray(String[]::new));
        OptionalInt old = handWrittenVersion(dataSource);
        if (old.isPresent()) {
            int version = old.getAsInt();
            if (version > OLD_LAST_VERSION) {
                throw new IllegalStateException("the records database is at version " + version + " of the old "
                        + "migration runner, which this Cairn does not know (newest " + OLD_LAST_VERSION + ")");
            }
            config.baselineVersion(Integer.toString(version))
                    .baselineDescription("hand-written migrations up to " + version);
            config.load().baseline();
            log.info("records schema: baselined Flyway at version {} of the earlier migration runner", version);
        }
        MigrateResult result = config.load().migrate();
        if (result.migrationsExecuted > 0) {
            log.info("records schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    /** The version the hand-written runner reached, when its table is there and Flyway's is not yet. */
    private static OptionalInt handWrittenVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasTable(connection, OLD_HISTORY) || hasTable(connection, HISTORY)) {
                return OptionalInt.empty();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + OLD_HISTORY)) {
                row.next();
                return OptionalInt.of(row.getInt(1));
            }
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
