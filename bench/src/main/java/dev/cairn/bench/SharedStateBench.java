package dev.cairn.bench;

import dev.cairn.core.Platform;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.Turn;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.records.RecordsDatabase;
import dev.cairn.records.SqlConversationMemory;
import dev.cairn.records.SqlHandledEvents;
import dev.cairn.records.SqlPromptStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints what the shared state costs per call in the records database: reading a conversation through its near cache
 * (one version read) against reading all its turns every time, keeping a turn, claiming a Slack event id, and the
 * prompt templates' revision poll. On the embedded H2 database always; with {@code --jdbc URL} also the two
 * conversation reads on that database (PostgreSQL), over its network connection.
 * Usage: {@code java -Dloader.main=dev.cairn.bench.SharedStateBench -cp bench/target/cairn-bench.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher [--rounds N] [--jdbc URL --user U --password P]}
 */
public final class SharedStateBench {
    private static final int TURNS = 10;
    private static final String VERSION = "SELECT MAX(seq), MAX(stored_at) FROM conversation_turns "
            + "WHERE conversation_key = ?";
    private static final String FULL = "SELECT seq, question, answer, asked_at, stored_at FROM conversation_turns "
            + "WHERE conversation_key = ? ORDER BY seq";

    private SharedStateBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(BenchInputs.option(args, "--rounds", "20000"));
        String jdbc = BenchInputs.option(args, "--jdbc", "");
        Path dir = Files.createTempDirectory("cairn-shared-state");
        System.out.printf(Locale.ROOT, "shared state, %d calls each, conversation of %d turns (answers 1,500 chars)%n",
                rounds, TURNS);
        try (RecordsDatabase database = RecordsDatabase.open(dir)) {
            embedded(database, rounds);
            try (Connection connection = database.connection()) {
                remote(connection, rounds);
            }
        }
        if (!jdbc.isEmpty()) {
            try (Connection connection = DriverManager.getConnection(jdbc, BenchInputs.option(args, "--user", ""),
                    BenchInputs.option(args, "--password", ""))) {
                remote(connection, rounds);
            }
        }
    }

    private static void embedded(RecordsDatabase database, int rounds) throws SQLException {
        SqlConversationMemory memory = new SqlConversationMemory(database, TURNS, Duration.ofHours(2), 100_000,
                Clock.systemUTC());
        ConversationKey key = new ConversationKey(Platform.SLACK, "T1", "U1", "");
        for (int i = 0; i < TURNS; i++) {
            memory.append(key, turn(i));
        }
        String id = "[\"slack\",\"T1\",\"U1\",\"\"]";
        time(rounds, () -> memory.turns(key));
        print("H2  turns() via near cache (version read)", time(rounds, () -> memory.turns(key)));
        print("H2  version read alone (pooled connection)", time(rounds, () -> {
            try (Connection connection = database.connection();
                 PreparedStatement query = connection.prepareStatement(VERSION)) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    row.getObject(2, OffsetDateTime.class);
                }
            }
        }));
        print("H2  always read all turns", time(rounds, () -> {
            try (Connection connection = database.connection()) {
                readAll(connection, id);
            }
        }));
        int[] n = {TURNS};
        ConversationKey other = new ConversationKey(Platform.SLACK, "T1", "U2", "");
        print("H2  one question: turns() + append()", time(rounds / 10, () -> {
            memory.turns(other);
            memory.append(other, turn(n[0]++));
        }));
        SqlHandledEvents events = new SqlHandledEvents(database, Duration.ofHours(1), Clock.systemUTC());
        int[] e = {0};
        print("H2  handled event firstTime (new id)", time(rounds / 10, () -> events.firstTime("event:" + e[0]++)));
        SqlPromptStore prompts = new SqlPromptStore(database, Clock.systemUTC());
        for (int i = 0; i < 20; i++) {
            prompts.save(new PromptTemplate("t" + i, new PromptParts("", "hi " + i, ""), List.of()));
        }
        print("H2  prompt templates revision poll", time(rounds, prompts::revision));
    }

    private static void remote(Connection connection, int rounds) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(resource("db/records/V5__conversation_turns.sql").replace("CREATE TABLE",
                    "CREATE TABLE IF NOT EXISTS").replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS"));
        }
        String id = "[\"bench\",\"" + System.nanoTime() + "\",\"U1\",\"\"]";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conversation_turns "
                + "(conversation_key, seq, question, answer, asked_at, stored_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < TURNS; i++) {
                Turn turn = turn(i);
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                insert.setString(1, id);
                insert.setLong(2, i + 1);
                insert.setString(3, turn.question());
                insert.setString(4, turn.answer());
                insert.setObject(5, now);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
        }
        try {
            String product = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
            print(product + ": version read", time(rounds, () -> {
                try (PreparedStatement query = connection.prepareStatement(VERSION)) {
                    query.setString(1, id);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        row.getLong(1);
                        row.getObject(2, OffsetDateTime.class);
                    }
                }
            }));
            print(product + ": read all turns", time(rounds, () -> readAll(connection, id)));
        } finally {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM conversation_turns WHERE conversation_key = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
    }

    private static List<Turn> readAll(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FULL)) {
            query.setString(1, id);
            List<Turn> turns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    turns.add(new Turn(rows.getString(2), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                    rows.getObject(5, OffsetDateTime.class);
                }
            }
            return turns;
        }
    }

    private static Turn turn(int i) {
        return new Turn("question " + i + " about the VPN and the laptops?", ("answer " + i + " ").repeat(200)
                .substring(0, 1500), Instant.now());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RecordsDatabase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Microseconds per call, after a warm-up of a tenth of the calls. */
    private static long[] time(int rounds, Call call) {
        try {
            for (int i = 0; i < Math.max(1, rounds / 10); i++) {
                call.run();
            }
            long[] micros = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                call.run();
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
            return micros;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(micros).average().orElse(0);
        System.out.printf(Locale.ROOT, "  %-48s mean %7.1f µs  p50 %6d µs  p99 %6d µs%n", what, mean,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)]);
    }
}
