package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas on one PostgreSQL database behind a load balancer: an event Slack delivers to A and retries to B (and
 * to A again) is answered once, and a later event is answered by whichever replica gets it.
 */
class SlackTwoReplicasIT {
    @TempDir
    static Path dataA;
    @TempDir
    static Path dataB;
    static FakeSlack fake;
    static SlackCairn a;
    static SlackCairn b;

    @BeforeAll
    static void start() {
        fake = FakeSlack.start();
        DatabaseAddress database = PostgresServer.shared().createDatabase();
        String[] settings = {"cairn.database.url=" + database.url(), "cairn.database.username=" + database.username(),
                "cairn.database.password=" + database.password(), "cairn.knowledge.embeddings.model=none",
                "cairn.knowledge.retrieval.mode=bm25"};
        a = SlackCairn.start(dataA, fake, settings);
        b = SlackCairn.start(dataB, fake, settings);
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
        fake.close();
    }

    @Test
    void anEventDeliveredToAAndRetriedToBIsAnsweredOnce() {
        String ts = fake.nextTs();
        String event = SlackPayloads.mention("TTWO", "CTWO", "UMIA", ts, null, "<@UCAIRNBOT> help");

        assertThat(a.slack.event("TTWO", "EvTwo1", event, 0).status()).isEqualTo(200);
        assertThat(b.slack.event("TTWO", "EvTwo1", event, 1).status()).isEqualTo(200);
        assertThat(a.slack.event("TTWO", "EvTwo1", event, 2).status()).isEqualTo(200);
        fake.awaitPostIn("CTWO");

        // A later event through B is answered; anything a retry had started would have been posted before it.
        String later = fake.nextTs();
        b.slack.event("TTWO", "EvTwo2", SlackPayloads.mention("TTWO", "CTWO", "UMIA", later, null,
                "<@UCAIRNBOT> reset"), 0);
        fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(later));
        assertThat(fake.postedIn("CTWO")).filteredOn(c -> c.param("thread_ts").equals(ts)).hasSize(1);
    }
}
