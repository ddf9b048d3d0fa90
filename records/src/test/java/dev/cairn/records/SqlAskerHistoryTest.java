package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import dev.cairn.core.port.AskerHistory.Asker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What Cairn knows of an asker comes from their recorded questions on that platform, answered or not (H2 and
 * PostgreSQL).
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlAskerHistoryTest {
    private static final Instant FIRST = Instant.parse("2025-01-02T03:04:05Z");
    private static final Instant LATER = Instant.parse("2025-02-03T04:05:06Z");

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
    void countsTheUsersQuestionsOnThatPlatformAndWhenTheFirstWasAsked() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            AtomicReference<Instant> now = new AtomicReference<>(LATER);
            AnswerRecords records = new AnswerRecords(database, new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            });
            records.replied(asked(Platform.SLACK, "U1"), reply("a", Outcome.ANSWERED));
            now.set(FIRST);
            records.replied(asked(Platform.SLACK, "U1"), reply("b", Outcome.NO_ANSWER));
            records.replied(asked(Platform.SLACK, "U1"), reply("c", Outcome.COMMAND)); // never recorded
            records.replied(asked(Platform.DISCORD, "U1"), reply("d", Outcome.ANSWERED));
            records.replied(asked(Platform.SLACK, "U2"), reply("e", Outcome.ANSWERED));
            SqlAskerHistory history = new SqlAskerHistory(database);

            assertThat(history.of(Platform.SLACK, "U1")).isEqualTo(new Asker(2, Optional.of(FIRST)));
            assertThat(history.of(Platform.DISCORD, "U1")).isEqualTo(new Asker(1, Optional.of(FIRST)));
            assertThat(history.of(Platform.WEB, "U1")).isEqualTo(Asker.NEW);
            assertThat(history.of(Platform.SLACK, "U3").isNew()).isTrue();
        }
    }

    @Test
    void theHistorySurvivesARestart() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            new AnswerRecords(database, Clock.fixed(FIRST, ZoneOffset.UTC))
                    .replied(asked(Platform.WEB, "ann"), reply("a", Outcome.ANSWERED));
        }
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            assertThat(new SqlAskerHistory(database).of(Platform.WEB, "ann"))
                    .isEqualTo(new Asker(1, Optional.of(FIRST)));
        }
    }

    @Test
    void recordsThatCannotBeReadMakeEveryoneNew() {
        RecordsDatabase database = RecordsDatabase.open(address);
        new AnswerRecords(database, Clock.fixed(FIRST, ZoneOffset.UTC))
                .replied(asked(Platform.WEB, "ann"), reply("a", Outcome.ANSWERED));
        database.close();

        assertThat(new SqlAskerHistory(database).of(Platform.WEB, "ann")).isEqualTo(Asker.NEW);
    }

    private static InboundMessage asked(Platform platform, String user) {
        return InboundMessage.question(platform, "W1", new User(user, user), "Where is the VPN guide?");
    }

    private static BotReply reply(String id, Outcome outcome) {
        return new BotReply(id, "text", List.of(), outcome, "c", Usage.none());
    }
}
