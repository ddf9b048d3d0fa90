package dev.cairn.records;

import java.nio.file.Path;

/** The engines the records tests run on, each giving a fresh, empty records database per test. */
public enum RecordsEngine {
    /** The embedded H2 database under a test's data directory, as Cairn uses it by default. */
    H2 {
        @Override
        public DatabaseAddress fresh(Path dataDir) {
            return DatabaseAddress.embedded(dataDir);
        }
    },
    /** A new database on the test JVM's {@link PostgresServer}. */
    POSTGRESQL {
        @Override
        public DatabaseAddress fresh(Path dataDir) {
            return PostgresServer.shared().createDatabase();
        }
    };

    /** The address of a new, empty database; {@code dataDir} is where an embedded engine keeps its files. */
    public abstract DatabaseAddress fresh(Path dataDir);
}
