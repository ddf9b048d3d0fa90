package dev.cairn.records;

import static dev.cairn.records.AnswerRecordsTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Platform;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.Turn;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Conversations kept in the records database: two memories on one database (two replicas) continue each other's
 * conversations, the number of turns and the idle expiry hold in the table too, and concurrent turns are all kept.
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlConversationMemoryTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    @Parameter
    RecordsEngine engine;

    @TempDir
    Path dataDir;
    private DatabaseAddress address;
    private RecordsDatabase databaseA;
    private RecordsDatabase databaseB;

    @BeforeEach
    void openTwoReplicas() {
        address = engine.fresh(dataDir);
        databaseA = RecordsDatabase.open(address);
        databaseB = RecordsDatabase.open(address);
    }

    @AfterEach
    void close() {
        databaseA.close();
        databaseB.close();
    }

    private SqlConversationMemory memory(RecordsDatabase database, int maxTurns) {
        return new SqlConversationMemory(database, maxTurns, Duration.ofMinutes(30), 100, clock);
    }

    private static ConversationKey key(String user) {
        return new ConversationKey(Platform.SLACK, "T1", user, "");
    }

    private static Turn turn(String question) {
        return new Turn(question, "answer to " + question, T0);
    }

    @Test
    void aFollowUpThroughReplicaBContinuesTheConversationStartedThroughA() {
        SqlConversationMemory a = memory(databaseA, 10);
        SqlConversationMemory b = memory(databaseB, 10);

        a.append(key("u1"), turn("what is the VPN?"));
        assertThat(b.turns(key("u1"))).extracting(Turn::question).containsExactly("what is the VPN?");
        b.append(key("u1"), turn("and on Linux?"));

        assertThat(a.turns(key("u1"))).extracting(Turn::question)
                .as("A's near cache held the first turn only; the version read finds the second")
                .containsExactly("what is the VPN?", "and on Linux?");
        a.append(key("u1"), turn("thanks"));
        assertThat(b.turns(key("u1"))).extracting(Turn::question)
                .containsExactly("what is the VPN?", "and on Linux?", "thanks");
        assertThat(b.turns(key("u1")).get(0)).isEqualTo(turn("what is the VPN?"));
    }

    @Test
    void keepsOnlyTheLastTurnsInTheTable() throws SQLException {
        SqlConversationMemory a = memory(databaseA, 3);
        SqlConversationMemory b = memory(databaseB, 3);
        for (int i = 1; i <= 6; i++) {
            (i % 2 == 0 ? a : b).append(key("u1"), turn("q" + i));
        }

        assertThat(a.turns(key("u1"))).extracting(Turn::question).containsExactly("q4", "q5", "q6");
        assertThat(b.turns(key("u1"))).extracting(Turn::question).containsExactly("q4", "q5", "q6");
        assertThat(query(databaseA, "SELECT seq FROM conversation_turns ORDER BY seq")).containsExactly("4", "5", "6");
    }

    @Test
    void keepsUsersWorkspacesPlatformsAndConversationsApart() {
        SqlConversationMemory a = memory(databaseA, 10);
        a.append(key("u1"), turn("mine"));
        a.append(new ConversationKey(Platform.SLACK, "T1", "u1", "thread:C1:1"), turn("in a thread"));

        assertThat(a.turns(key("u2"))).isEmpty();
        assertThat(a.turns(new ConversationKey(Platform.SLACK, "T2", "u1", ""))).isEmpty();
        assertThat(a.turns(new ConversationKey(Platform.DISCORD, "T1", "u1", ""))).isEmpty();
        assertThat(a.turns(new ConversationKey(Platform.SLACK, "T1", "u1", "u1"))).extracting(Turn::question)
                .as("the user's id names the default conversation").containsExactly("mine");
        assertThat(memory(databaseB, 10).turns(new ConversationKey(Platform.SLACK, "T1", "u1", "thread:C1:1")))
                .extracting(Turn::question).containsExactly("in a thread");
    }

    @Test
    void anIdleConversationIsForgottenOnEveryReplicaAndItsRowsPurged() throws SQLException {
        SqlConversationMemory a = memory(databaseA, 10);
        SqlConversationMemory b = memory(databaseB, 10);
        a.append(key("idle"), turn("old"));
        a.append(key("busy"), turn("first"));
        assertThat(b.turns(key("idle"))).hasSize(1);

        clock.advance(Duration.ofMinutes(29));
        a.append(key("busy"), turn("second"));
        assertThat(b.turns(key("idle"))).hasSize(1);
        clock.advance(Duration.ofMinutes(2));

        assertThat(b.turns(key("idle"))).as("cached on B, expired in the table").isEmpty();
        assertThat(a.turns(key("idle"))).isEmpty();
        assertThat(a.purgeExpired()).isEqualTo(1);
        assertThat(query(databaseA, "SELECT question FROM conversation_turns ORDER BY seq"))
                .as("a live conversation keeps its turns older than the time to live")
                .containsExactly("first", "second");
        assertThat(b.turns(key("busy"))).extracting(Turn::question).containsExactly("first", "second");

        b.append(key("idle"), turn("new"));
        assertThat(a.turns(key("idle"))).extracting(Turn::question).containsExactly("new");
    }

    @Test
    void anExpiredConversationStartsAfreshWhenAppendedToBeforeThePurge() {
        SqlConversationMemory a = memory(databaseA, 10);
        a.append(key("u1"), turn("old"));
        clock.advance(Duration.ofMinutes(31));

        a.append(key("u1"), turn("new"));

        assertThat(memory(databaseB, 10).turns(key("u1"))).extracting(Turn::question).containsExactly("new");
    }

    @Test
    void forgettingOnOneReplicaForgetsOnTheOther() {
        SqlConversationMemory a = memory(databaseA, 10);
        SqlConversationMemory b = memory(databaseB, 10);
        a.append(key("u1"), turn("q1"));
        assertThat(b.turns(key("u1"))).hasSize(1);

        a.forget(key("u1"));

        assertThat(b.turns(key("u1"))).isEmpty();
        b.append(key("u1"), turn("again"));
        assertThat(a.turns(key("u1"))).extracting(Turn::question).containsExactly("again");
    }

    @Test
    void turnsKeptAtTheSameMomentOnTwoReplicasAreAllKept() throws Exception {
        SqlConversationMemory a = new SqlConversationMemory(databaseA, 100, Duration.ofMinutes(30), 100,
                Clock.systemUTC());
        SqlConversationMemory b = new SqlConversationMemory(databaseB, 100, Duration.ofMinutes(30), 100,
                Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<Void>> writers = new ArrayList<>();
            for (SqlConversationMemory memory : List.of(a, b)) {
                String name = memory == a ? "a" : "b";
                writers.add(() -> {
                    together.await(5, TimeUnit.SECONDS);
                    for (int i = 0; i < 20; i++) {
                        memory.append(key("u1"), turn(name + i));
                    }
                    return null;
                });
            }
            for (Future<Void> writer : pool.invokeAll(writers)) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Turn> turns = a.turns(key("u1"));
        assertThat(turns).hasSize(40);
        assertThat(turns).extracting(Turn::question).filteredOn(q -> q.startsWith("a"))
                .as("each replica's turns in its order").containsExactly(numbered("a", 20));
        assertThat(b.turns(key("u1"))).isEqualTo(turns);
    }

    @Test
    void aConversationSurvivesARestart() {
        memory(databaseA, 10).append(key("u1"), turn("before the restart"));
        databaseA.close();
        databaseB.close();

        databaseA = RecordsDatabase.open(address);
        databaseB = RecordsDatabase.open(address);
        assertThat(memory(databaseA, 10).turns(key("u1"))).extracting(Turn::question)
                .containsExactly("before the restart");
    }

    private static String[] numbered(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + i;
        }
        return names;
    }

    /** A clock tests move forward by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
