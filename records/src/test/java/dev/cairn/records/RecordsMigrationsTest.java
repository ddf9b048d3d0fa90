package dev.cairn.records;

import static dev.cairn.records.AnswerRecordsTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Outcome;
import dev.cairn.core.Usage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway migrates a fresh records database from scratch on H2 and on PostgreSQL with the same files, runs each
 * migration once and a newer one on top, keeping the records (the upgrade of the hand-written runner's H2 databases
 * is {@link RecordsSchemaTest}'s).
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class RecordsMigrationsTest {
    private static final String VERSIONS = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
            + "AND \"type\" <> 'TABLE' ORDER BY \"installed_rank\"";

    @Parameter
    RecordsEngine engine;

    @TempDir
    Path dataDir;

    private DatabaseAddress address;

    @BeforeEach
    void freshDatabase() {
        address = engine.fresh(dataDir);
    }

    @Test
    void aFreshDatabaseGetsEveryTableFromTheMigrationFiles() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            assertThat(query(database, VERSIONS)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
            assertThat(tables(database)).contains("answers", "feedback", "approvals", "conversation_turns",
                    "handled_events", "prompt_templates", "int_lock").doesNotContain("schema_version");
            assertThat(query(database, "SELECT COUNT(*) FROM approvals")).containsExactly("0");
            assertThat(query(database, "SELECT COUNT(*) FROM answers WHERE scope = ''")).containsExactly("0");
        }
    }

    @Test
    void migrationsRunOnceAndANewOneRunsOnTopKeepingTheRecords() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            new AnswerRecords(database, Clock.systemUTC()).replied(PromptStatsTest.question("u"),
                    PromptStatsTest.reply("kept", Outcome.ANSWERED, Usage.none()));
        }
        List<String> withNext = List.of(RecordsSchema.LOCATION, "classpath:db/records-next");

        try (RecordsDatabase database = RecordsDatabase.open(address, withNext)) {
            assertThat(query(database, "SELECT id, note FROM answers")).containsExactly("kept|none");
        }
        try (RecordsDatabase database = RecordsDatabase.open(address, withNext)) {
            assertThat(query(database, VERSIONS)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "900");
            assertThat(query(database, "SELECT id FROM answers")).containsExactly("kept");
        }
    }

    private static List<String> tables(RecordsDatabase database) throws SQLException {
        return query(database, "SELECT LOWER(table_name) FROM information_schema.tables "
                + "WHERE LOWER(table_schema) = 'public'");
    }
}
