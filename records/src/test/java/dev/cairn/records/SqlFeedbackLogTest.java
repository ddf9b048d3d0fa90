package dev.cairn.records;

import static dev.cairn.records.AnswerRecordsTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.Vote;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A user's vote is kept once per reply, the latest winning, on H2 and PostgreSQL; two votes of one user on one reply
 * sent at the same moment (a double click reaching two replicas) leave one row and no error.
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlFeedbackLogTest {
    private static final Instant AT = Instant.parse("2026-12-05T01:00:00Z");

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
    void theLatestVoteOfAUserOnAReplyIsKeptAndVotesOnUnknownRepliesAreRefused() throws Exception {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            answer(database, "r1");
            SqlFeedbackLog votes = new SqlFeedbackLog(database);

            assertThat(votes.record(vote("r1", "ann", Vote.DOWN, AT))).isTrue();
            assertThat(votes.record(vote("r1", "ann", Vote.UP, AT.plusSeconds(5)))).isTrue();
            assertThat(votes.record(vote("r1", "bob", Vote.DOWN, AT))).isTrue();
            assertThat(votes.record(vote("nope", "ann", Vote.UP, AT))).isFalse();

            assertThat(query(database, "SELECT reply_id, user_id, vote FROM feedback ORDER BY user_id"))
                    .containsExactly("r1|ann|up", "r1|bob|down");
        }
    }

    @Test
    void twoVotesOfOneUserAtTheSameMomentLeaveOneRowAndNoError() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            SqlFeedbackLog votes = new SqlFeedbackLog(database);
            for (int round = 0; round < 20; round++) {
                String reply = "r" + round;
                answer(database, reply);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Callable<Boolean>> clicks = new ArrayList<>();
                for (Vote vote : List.of(Vote.UP, Vote.DOWN)) {
                    clicks.add(() -> {
                        together.await(5, TimeUnit.SECONDS);
                        return votes.record(vote(reply, "ann", vote, AT));
                    });
                }
                for (Future<Boolean> click : pool.invokeAll(clicks)) {
                    assertThat(click.get()).as("round " + round).isTrue();
                }
            }
            assertThat(query(database, "SELECT COUNT(*), COUNT(DISTINCT reply_id) FROM feedback"))
                    .containsExactly("20|20");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void answer(RecordsDatabase database, String id) {
        new AnswerRecords(database, Clock.systemUTC()).replied(PromptStatsTest.question("ann"),
                PromptStatsTest.reply(id, Outcome.ANSWERED, Usage.none()));
    }

    private static Feedback vote(String replyId, String user, Vote vote, Instant at) {
        return new Feedback(replyId, Platform.WEB, "web", user, vote, at);
    }
}
