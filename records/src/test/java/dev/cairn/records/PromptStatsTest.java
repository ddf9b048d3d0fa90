package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.Vote;
import dev.cairn.core.stats.PromptReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The prompt figures on a known set of answers and votes, worked out by hand, from H2 and from PostgreSQL. */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class PromptStatsTest {
    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

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
    void computesCountsRatesWilsonIntervalPercentilesAndMeansOfTheDefaultVariant() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            AnswerRecords records = new AnswerRecords(database, clock);
            // 10 answers with latencies 100..1000 ms (given out of order), input tokens 10..100, output 5 each;
            // the answers with latency 300 and 700 said they did not know.
            long[] latencies = {700, 100, 1000, 300, 500, 200, 900, 400, 800, 600};
            for (int i = 0; i < latencies.length; i++) {
                long latency = latencies[i];
                Outcome outcome = latency == 300 || latency == 700 ? Outcome.NO_ANSWER : Outcome.ANSWERED;
                records.replied(question("u" + i), reply("r" + i, outcome,
                        new Usage(latency, (int) latency / 10, 5)));
            }
            records.replied(question("admin"), reply("cmd", Outcome.COMMAND, Usage.none()));
            SqlFeedbackLog votes = new SqlFeedbackLog(database);
            votes.record(vote("r0", "a", Vote.UP));
            votes.record(vote("r1", "a", Vote.DOWN));
            votes.record(vote("r1", "a", Vote.UP)); // changes their mind: the latest vote counts
            votes.record(vote("r2", "b", Vote.UP));
            votes.record(vote("r2", "c", Vote.DOWN));
            assertThat(votes.record(vote("cmd", "d", Vote.DOWN))).as("a command is no answer").isFalse();
            assertThat(votes.record(vote("no-such-reply", "d", Vote.DOWN))).isFalse();

            PromptReport report = new PromptStats(database, clock).report();

            assertThat(report.experiments()).extracting(PromptReport.Experiment::name).containsExactly("default");
            List<PromptReport.Variant> variants = report.experiments().get(0).variants();
            assertThat(variants).extracting(PromptReport.Variant::name).containsExactly("default");
            PromptReport.Variant v = variants.get(0);
            assertThat(v.answers()).isEqualTo(10);
            assertThat(v.thumbsUp()).isEqualTo(3);
            assertThat(v.thumbsDown()).isEqualTo(1);
            assertThat(v.thumbsUpRate()).isEqualTo(0.75);
            // Wilson, z = 1.96, n = 4, p = 0.75: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
            //   = (0.75 + 0.4802 ± 1.96 · sqrt(0.046875 + 0.060025)) / 1.9604 = (1.2302 ± 0.6408) / 1.9604
            assertThat(v.ci95().low()).isCloseTo(0.3006, within(0.0005));
            assertThat(v.ci95().high()).isCloseTo(0.9544, within(0.0005));
            assertThat(v.noAnswerRate()).isEqualTo(0.2);
            // nearest rank over 100..1000: p50 is the 5th value, p95 the ceil(9.5) = 10th
            assertThat(v.latencyP50Ms()).isEqualTo(500);
            assertThat(v.latencyP95Ms()).isEqualTo(1000);
            assertThat(v.meanInputTokens()).isEqualTo(55.0);
            assertThat(v.meanOutputTokens()).isEqualTo(5.0);
            assertThat(v.days()).hasSize(30);
            assertThat(v.days().get(29)).isEqualTo(new PromptReport.Day("2025-03-10", 10, 3, 1));
            assertThat(v.days().get(0).date()).isEqualTo("2025-02-09");
            assertThat(v.days().subList(0, 29)).allMatch(d -> d.answers() == 0);
        }
    }

    @Test
    void withoutVotesTheRateAndIntervalAreZero() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            new AnswerRecords(database, clock).replied(question("u"),
                    reply("r", Outcome.ANSWERED, new Usage(42, 0, 0)));

            PromptReport.Variant v = new PromptStats(database, clock).report().experiments().get(0).variants().get(0);

            assertThat(v.thumbsUpRate()).isZero();
            assertThat(v.ci95()).isEqualTo(new PromptReport.Interval(0, 0));
            assertThat(v.latencyP50Ms()).isEqualTo(42);
            assertThat(v.latencyP95Ms()).isEqualTo(42);
        }
    }

    @Test
    void anEmptyDatabaseHasNoExperiments() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            assertThat(new PromptStats(database, Clock.systemUTC()).report().experiments()).isEmpty();
        }
    }

    static InboundMessage question(String user) {
        return InboundMessage.question(Platform.WEB, "web", new User(user, user), "How do I get a badge?");
    }

    static BotReply reply(String id, Outcome outcome, Usage usage) {
        return new BotReply(id, "text", List.of(), outcome, "conversation", usage);
    }

    private static Feedback vote(String replyId, String user, Vote vote) {
        return new Feedback(replyId, Platform.WEB, "web", user, vote, NOW);
    }
}
