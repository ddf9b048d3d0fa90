package dev.cairn.records;

import static dev.cairn.records.AnswerRecordsTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.records.SqlConversationMemoryTest.MutableClock;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Handled events kept in the records database: of two stores on one database (two replicas), exactly one sees an event
 * key first, even when both are offered it at the same moment; old keys are purged.
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlHandledEventsTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");

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

    @Test
    void anEventDeliveredToAAndRetriedToBIsFirstTimeOnlyOnA() {
        SqlHandledEvents a = new SqlHandledEvents(databaseA, Duration.ofHours(1), Clock.systemUTC());
        SqlHandledEvents b = new SqlHandledEvents(databaseB, Duration.ofHours(1), Clock.systemUTC());

        assertThat(a.firstTime("event:Ev1")).isTrue();
        assertThat(b.firstTime("event:Ev1")).isFalse();
        assertThat(a.firstTime("event:Ev1")).isFalse();
        assertThat(b.firstTime("event:Ev2")).isTrue();
        assertThat(a.firstTime("event:Ev2")).isFalse();
    }

    @Test
    void ofTwoReplicasOfferedTheSameKeysAtOnceExactlyOneWinsEach() throws Exception {
        SqlHandledEvents a = new SqlHandledEvents(databaseA, Duration.ofHours(1), Clock.systemUTC());
        SqlHandledEvents b = new SqlHandledEvents(databaseB, Duration.ofHours(1), Clock.systemUTC());
        int keys = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Boolean>>> results;
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Callable<List<Boolean>>> replicas = new ArrayList<>();
            for (SqlHandledEvents events : List.of(a, b)) {
                replicas.add(() -> {
                    List<Boolean> firsts = new ArrayList<>();
                    for (int i = 0; i < keys; i++) {
                        together.await(5, TimeUnit.SECONDS);
                        firsts.add(events.firstTime("event:" + i));
                    }
                    return firsts;
                });
            }
            results = pool.invokeAll(replicas);
        } finally {
            pool.shutdownNow();
        }
        List<Boolean> onA = results.get(0).get();
        List<Boolean> onB = results.get(1).get();
        int winsOfA = 0;
        for (int i = 0; i < keys; i++) {
            assertThat(onA.get(i) ^ onB.get(i)).as("key " + i + ": exactly one replica handles it").isTrue();
            winsOfA += onA.get(i) ? 1 : 0;
        }
        assertThat(winsOfA).as("both replicas took part").isBetween(1, keys - 1);
    }

    @Test
    void aKeyOlderThanTheTimeToLiveIsPurgedAndCountsAsNewAgain() throws SQLException {
        MutableClock clock = new MutableClock(T0);
        SqlHandledEvents a = new SqlHandledEvents(databaseA, Duration.ofHours(1), clock);
        SqlHandledEvents b = new SqlHandledEvents(databaseB, Duration.ofHours(1), clock);
        assertThat(a.firstTime("event:old")).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(b.firstTime("event:old")).isFalse();
        assertThat(a.firstTime("event:recent")).isTrue();
        clock.advance(Duration.ofMinutes(2));

        assertThat(b.firstTime("event:old")).as("past its time to live, before any purge").isTrue();
        assertThat(a.firstTime("event:old")).isFalse();
        clock.advance(Duration.ofMinutes(61));
        assertThat(a.purgeExpired()).isEqualTo(2);
        assertThat(query(databaseA, "SELECT COUNT(*) FROM handled_events")).containsExactly("0");
        assertThat(a.firstTime("event:recent")).isTrue();
    }

    @Test
    void keysArePurgedWhileEventsAreHandled() throws SQLException {
        MutableClock clock = new MutableClock(T0);
        SqlHandledEvents a = new SqlHandledEvents(databaseA, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 5; i++) {
            a.firstTime("event:" + i);
        }
        clock.advance(Duration.ofMinutes(11));

        a.firstTime("event:new");

        assertThat(query(databaseA, "SELECT event_key FROM handled_events")).containsExactly("event:new");
    }
}
