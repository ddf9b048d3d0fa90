package dev.cairn.records;

import static dev.cairn.records.AnswerRecordsTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Outcome;
import dev.cairn.core.Usage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway takes over an embedded H2 records database written by the hand-written runner that came before it:
 * baselined at the version that runner reached, its rows kept, the newer tables added (a fresh database and later
 * migrations, on H2 and PostgreSQL, are {@link RecordsMigrationsTest}'s).
 */
class RecordsSchemaTest {
    private static final String OLD_ANSWER = "INSERT INTO answers (id, at, platform, workspace, "
            + "channel, user_id, question, experiment, variant, cited, cited_documents, latency_ms, input_tokens, "
            + "output_tokens, answered) VALUES ('old', TIMESTAMP WITH TIME ZONE "
            + "'2024-12-01 10:00:00+00', 'slack', 'T1', 'C1', 'U1', 'q', 'default', 'default', 1, 'doc-a', 5, 0, 0, "
            + "TRUE)";
    private static final String OLD_WEB_ANSWER = "INSERT INTO answers VALUES ('old-web', TIMESTAMP WITH TIME ZONE "
            + "'2024-12-01 10:00:00+00', 'web', 'web', '', 'ann', 'q', 'default', 'default', 0, '', 5, 0, 0, FALSE)";

    /** Flyway's history table, created quoted in lower case. */
    private static final String HISTORY = "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" "
            + "WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"";

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseOfTheOldRunnerKeepsItsRowsAndGainsTheApprovalsTable() throws Exception {
        OldRecordsRunner.create(dataDir, 3, OLD_ANSWER, "UPDATE answers SET scope = 'slack:T1'",
                "INSERT INTO feedback VALUES ('old', 'U2', 'up', TIMESTAMP WITH TIME ZONE '2024-12-01 10:05:00+00')");

        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            assertThat(query(database, "SELECT id, platform, scope, retrieved FROM answers"))
                    .containsExactly("old|slack|slack:T1|[]");
            assertThat(query(database, "SELECT reply_id, vote FROM feedback")).containsExactly("old|up");
            assertThat(query(database, HISTORY))
                    .containsExactly("3|BASELINE", "4|SQL", "5|SQL", "6|SQL", "7|SQL", "8|SQL");
            assertThat(tables(database)).contains("APPROVALS");
            new AnswerRecords(database, Clock.systemUTC()).replied(PromptStatsTest.question("u"),
                    PromptStatsTest.reply("new", Outcome.ANSWERED, Usage.none()));
        }
        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            assertThat(query(database, "SELECT id FROM answers ORDER BY id")).containsExactly("new", "old");
            assertThat(query(database, "SELECT COUNT(*) FROM \"flyway_schema_history\" "
                    + "WHERE \"type\" <> 'TABLE'")).containsExactly("6");
        }
    }

    @Test
    void aDatabaseTheOldRunnerLeftAtItsFirstVersionGetsTheLaterStepsWithItsAnswersScoped() throws Exception {
        OldRecordsRunner.create(dataDir, 1, OLD_ANSWER, OLD_WEB_ANSWER);

        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            assertThat(query(database, "SELECT id, cited_documents, retrieved, cited_passages, scope FROM answers "
                    + "ORDER BY id")).containsExactly("old|doc-a|[]|[]|slack:T1", "old-web||[]|[]|web");
            assertThat(query(database, HISTORY))
                    .containsExactly("1|BASELINE", "2|SQL", "3|SQL", "4|SQL", "5|SQL", "6|SQL", "7|SQL", "8|SQL");
            assertThat(query(database, "SELECT index_name FROM information_schema.indexes "
                    + "WHERE table_name = 'ANSWERS' AND index_name = 'ANSWERS_ASKER'")).hasSize(1);
        }
    }

    private static List<String> tables(RecordsDatabase database) throws SQLException {
        return query(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
    }
}
