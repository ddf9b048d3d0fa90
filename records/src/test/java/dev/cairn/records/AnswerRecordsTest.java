package dev.cairn.records;

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
import dev.cairn.core.port.Passage;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers are recorded, on H2 and on PostgreSQL, with every column, the passages retrieved and cited among them;
 * commands are not (the schema's upgrades are {@link RecordsSchemaTest}'s).
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class AnswerRecordsTest {
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
    void recordsAnAnswerWithItsCitationsUsageAndOrigin() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            InboundMessage message = new InboundMessage(Platform.SLACK, "T1", "C1", "", new User("U1", "Ann"),
                    "Who signs expenses?", List.of(), MessageKind.MENTION, "");
            BotReply reply = new BotReply("r1", "Your manager [1][2].", List.of(citation(1, "doc-a"),
                    citation(2, "doc-b")), Outcome.ANSWERED, "c", new Usage(321, 120, 7));

            new AnswerRecords(database, Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC))
                    .replied(message, reply);

            assertThat(query(database, "SELECT id, platform, workspace, scope, channel, user_id, question, experiment, "
                    + "variant, cited, cited_documents, latency_ms, input_tokens, output_tokens, answered FROM answers"))
                    .containsExactly("r1|slack|T1|slack:T1|C1|U1|Who signs expenses?|default|default|2|doc-a,doc-b|321|"
                            + "120|7|true");
        }
    }

    @Test
    void skipsCommandsAndIngestionReportsAndNeverThrows() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            AnswerRecords records = new AnswerRecords(database, Clock.systemUTC());
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("c", Outcome.COMMAND, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("i", Outcome.INGESTED, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("n", Outcome.NO_ANSWER, Usage.none()));
            records.replied(PromptStatsTest.question("u"), PromptStatsTest.reply("n", Outcome.NO_ANSWER, Usage.none()));

            assertThat(query(database, "SELECT id, answered FROM answers")).containsExactly("n|false");
        }
    }

    @Test
    void recordsEveryRetrievedPassageBestFirstAndWhichOfThemTheAnswerCites() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            Passage expenses = passage("p-7", "doc-a", Location.page(3), "Expenses over 500 EUR are signed by your "
                    + "manager. Smaller ones need no signature.", 0.82);
            Passage network = passage("p-9", "doc-b", Location.section("Setup › Network"), "Use the \"corp\" wifi.",
                    0.5);
            Passage travel = passage("p-8", "doc-a", Location.page(4), "Travel is booked by the office.", 0.25);
            // The extractive answerer quotes a window of the passage between ellipses; a generated answer quotes it
            // whole.
            List<Citation> cited = List.of(
                    new Citation(1, "doc-a", "a.pdf", Location.page(3), "…signed by your manager.…", Optional.empty()),
                    new Citation(2, "doc-b", "b.md", Location.section("Setup › Network"), "Use the \"corp\" wifi.",
                            Optional.empty()),
                    new Citation(3, "doc-c", "c.txt", Location.none(), "found by a tool call", Optional.empty()));
            BotReply reply = new BotReply("r2", "Your manager [1]; on \"corp\" [2] [3].", cited, Outcome.ANSWERED,
                    "c", new Usage(40, 300, 20, "tone", "friendly"), List.of(expenses, network, travel));

            new AnswerRecords(database, Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC))
                    .replied(PromptStatsTest.question("ann"), reply);

            assertThat(query(database, "SELECT experiment, variant, cited, cited_documents FROM answers"))
                    .containsExactly("tone|friendly|3|doc-a,doc-b,doc-c");
            assertThat(query(database, "SELECT retrieved FROM answers")).containsExactly("["
                    + "{\"passage_id\":\"p-7\",\"document_id\":\"doc-a\",\"location\":\"page 3\",\"score\":0.82},"
                    + "{\"passage_id\":\"p-9\",\"document_id\":\"doc-b\",\"location\":\"Setup › Network\","
                    + "\"score\":0.5},"
                    + "{\"passage_id\":\"p-8\",\"document_id\":\"doc-a\",\"location\":\"page 4\",\"score\":0.25}]");
            assertThat(query(database, "SELECT cited_passages FROM answers")).containsExactly("["
                    + "{\"index\":1,\"passage_id\":\"p-7\",\"document_id\":\"doc-a\",\"location\":\"page 3\"},"
                    + "{\"index\":2,\"passage_id\":\"p-9\",\"document_id\":\"doc-b\",\"location\":\"Setup › Network\"},"
                    + "{\"index\":3,\"passage_id\":null,\"document_id\":\"doc-c\",\"location\":\"\"}]");
        }
    }

    @Test
    void aNoAnswerKeepsWhatWasRetrievedAndCitesNothing() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            Passage weak = passage("p-1", "doc-a", Location.none(), "Unrelated text.", 0.125);
            new AnswerRecords(database, Clock.systemUTC()).replied(PromptStatsTest.question("bob"), new BotReply("r3",
                    "Nothing on that.", List.of(), Outcome.NO_ANSWER, "c", Usage.none(), List.of(weak)));

            assertThat(query(database, "SELECT answered, retrieved, cited_passages FROM answers")).containsExactly(
                    "false|[{\"passage_id\":\"p-1\",\"document_id\":\"doc-a\",\"location\":\"\",\"score\":0.125}]|[]");
        }
    }

    private static Passage passage(String id, String documentId, Location location, String text, double score) {
        return new Passage(id, documentId, documentId + ".pdf", "slack:T1", location, text, score, Optional.empty());
    }

    private static Citation citation(int index, String documentId) {
        return new Citation(index, documentId, documentId + ".pdf", Location.none(), "quote", Optional.empty());
    }

    static List<String> query(RecordsDatabase database, String sql) throws SQLException {
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
