package dev.cairn.app.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import dev.cairn.core.port.ReplyListener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers are recorded with every column, commands are not, and the records survive a restart. */
class AnswerRecordsTest {
    @TempDir
    Path dataDir;

    @Test
    void recordsAnAnswerWithItsCitationsUsageAndOrigin() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            InboundMessage message = new InboundMessage(Platform.SLACK, "T1", "C1", "", new User("U1", "Ann"),
                    "Who signs expenses?", List.of(), MessageKind.MENTION, "");
            BotReply reply = new BotReply("r1", "Your manager [1][2].", List.of(citation(1, "doc-a"),
                    citation(2, "doc-b")), Outcome.ANSWERED, "c", new Usage(321, 120, 7));

            new AnswerRecords(database, Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC))
                    .replied(message, reply);

            assertThat(query(database, "SELECT id, platform, workspace, channel, user_id, question, variant, cited, "
                    + "cited_documents, latency_ms, input_tokens, output_tokens, answered FROM answers"))
                    .containsExactly("r1|slack|T1|C1|U1|Who signs expenses?|default|2|doc-a,doc-b|321|120|7|true");
        }
    }

    @Test
    void skipsCommandsAndIngestionReportsAndNeverThrows() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            AnswerRecords records = new AnswerRecords(database, Clock.systemUTC());
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("c", Outcome.COMMAND, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("i", Outcome.INGESTED, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("n", Outcome.NO_ANSWER, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("n", Outcome.NO_ANSWER, Usage.none()));

            assertThat(query(database, "SELECT id, answered FROM answers")).containsExactly("n|false");
        }
    }

    @Test
    void migrationsRunOnceAndTheRecordsSurviveARestart() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(dataDir)) {
            new AnswerRecords(database, Clock.systemUTC()).replied(PromptStatsTest.question("u"),
                    PromptStatsTest.reply("kept", Outcome.ANSWERED, Usage.none()));
        }
        List<Migration> withNext = new ArrayList<>(Migrations.ALL);
        withNext.add(new Migration(Migrations.ALL.size() + 1, "a note per answer",
                List.of("ALTER TABLE answers ADD COLUMN note VARCHAR(50) DEFAULT 'none'")));

        try (RecordsDatabase database = RecordsDatabase.open(dataDir, withNext)) {
            assertThat(query(database, "SELECT id, note FROM answers")).containsExactly("kept|none");
            assertThat(query(database, "SELECT version FROM schema_version ORDER BY version"))
                    .hasSize(withNext.size());
        }
        try (RecordsDatabase database = RecordsDatabase.open(dataDir, withNext)) {
            try (Connection connection = database.connection()) {
                assertThat(Migrations.apply(connection, withNext)).isZero();
            }
            assertThat(query(database, "SELECT version FROM schema_version")).hasSize(withNext.size());
            assertThat(query(database, "SELECT id FROM answers")).containsExactly("kept");
        }
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<String> heard = new ArrayList<>();
        ReplyListener failing = (m, r) -> {
            throw new IllegalStateException("boom");
        };
        ReplyListener both = ReplyListeners.of(failing, (m, r) -> heard.add(r.id()));

        both.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("r", Outcome.ANSWERED, Usage.none()));

        assertThat(heard).containsExactly("r");
    }

    private static Citation citation(int index, String documentId) {
        return new Citation(index, documentId, documentId + ".pdf", Location.none(), "quote", Optional.empty());
    }

    private static List<String> query(RecordsDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
