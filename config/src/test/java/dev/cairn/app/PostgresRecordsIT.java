package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * With {@code cairn.database.url} on a PostgreSQL server, answers and votes are kept there (nothing in the embedded
 * H2 under the data directory), two instances on it see each other's answers and votes, and readiness turns DOWN
 * while the database refuses connections and UP again when it is back.
 */
class PostgresRecordsIT {
    @TempDir
    Path replicaA;

    @TempDir
    Path replicaB;

    @Test
    void answersAndVotesAreKeptInPostgresAndSeenByASecondInstance() throws Exception {
        DatabaseAddress database = PostgresServer.shared().createDatabase();
        try (RunningCairn a = start(replicaA, database); RunningCairn b = start(replicaB, database)) {
            Api.Reply answer = a.api.ask("ann", "What is the capital of France?");
            assertThat(answer.status()).isEqualTo(200);
            String replyId = answer.json().get("id").asString();

            Api.Reply vote = b.api.postJson("/api/v1/feedback", Api.JSON.writeValueAsString(
                    Map.of("reply_id", replyId, "user", "ann", "vote", "up")));
            assertThat(vote.status()).as("B knows the answer A recorded").isEqualTo(204);

            assertThat(rows(database, "SELECT id, platform, user_id, answered FROM answers"))
                    .containsExactly(replyId + "|web|ann|false");
            assertThat(rows(database, "SELECT reply_id, user_id, vote FROM feedback"))
                    .containsExactly(replyId + "|ann|up");
            for (RunningCairn replica : List.of(a, b)) {
                JsonNode variant = replica.api.get("/api/v1/stats/prompts").json().get("experiments").get(0)
                        .get("variants").get(0);
                assertThat(variant.get("answers").asInt()).isEqualTo(1);
                assertThat(variant.get("thumbs_up").asInt()).isEqualTo(1);
            }
        }
        assertThat(replicaA.resolve("records")).doesNotExist();
        assertThat(replicaB.resolve("records")).doesNotExist();
    }

    @Test
    void readinessIsDownWhileTheDatabaseRefusesConnectionsAndUpWhenItIsBack() throws Exception {
        DatabaseAddress database = PostgresServer.shared().createDatabase();
        String name = database.url().substring(database.url().lastIndexOf('/') + 1);
        try (RunningCairn cairn = start(replicaA, database)) {
            assertThat(cairn.api.get("/actuator/health/readiness").status()).isEqualTo(200);

            admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            Api.Reply down = cairn.api.get("/actuator/health/readiness");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("status").asString()).isEqualTo("DOWN");
            assertThat(cairn.api.get("/actuator/health/liveness").status()).as("alive all the same").isEqualTo(200);

            admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            // The pool opens new connections in the background, backing off after the refused tries: readiness turns
            // UP again once one is open, which the test waits for (at most 30 s) instead of expecting it at once.
            int status = 503;
            for (long end = System.nanoTime() + 30_000_000_000L; status != 200 && System.nanoTime() < end; ) {
                status = cairn.api.get("/actuator/health/readiness").status();
                if (status != 200) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("readiness once the database accepts connections again").isEqualTo(200);
            assertThat(cairn.api.ask("bob", "Where is the VPN guide?").status()).isEqualTo(200);
            assertThat(rows(database, "SELECT user_id FROM answers")).containsExactly("bob");
        }
    }

    private static RunningCairn start(Path dataDir, DatabaseAddress database) {
        return RunningCairn.start(dataDir, "cairn.database.url=" + database.url(),
                "cairn.database.username=" + database.username(), "cairn.database.password=" + database.password(),
                "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25");
    }

    private static void admin(String... statements) throws SQLException {
        PostgresServer server = PostgresServer.shared();
        DatabaseAddress postgres = new DatabaseAddress(server.url("postgres"), "cairn", "cairn-test-password");
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.username(),
                postgres.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(DatabaseAddress database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password());
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
