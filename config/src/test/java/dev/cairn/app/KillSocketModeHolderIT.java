package dev.cairn.app;

import static dev.cairn.app.LeaseHolders.assertExactlyOneHolds;
import static dev.cairn.app.LeaseHolders.holds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.slack.SlackWorld;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two full Cairn processes on one PostgreSQL database (records and the gateway lease), both configured for Slack's
 * Socket Mode against the same fake Slack: exactly one of them holds a Socket Mode connection and answers what comes
 * over it, and after {@code kill -9} of that one the other opens its connection within 30 s and answers, without
 * answering again an event the dead one had already answered.
 */
class KillSocketModeHolderIT {
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);
    private static final String TEAM = "TSOCKKILL";
    private static final String CHANNEL = "CSOCKKILL";
    private static final String USER = "UMIA";

    @TempDir
    Path work;

    @Test
    void exactlyOneReplicaHoldsSocketModeAndAfterKillNineOfItTheOtherConnectsAndAnswersWithinThirtySeconds()
            throws Exception {
        try (SlackWorld slack = new SlackWorld()) {
            DatabaseAddress database = PostgresServer.shared().createDatabase();
            List<String> settings = new ArrayList<>(List.of("cairn.database.url=" + database.url(),
                    "cairn.database.username=" + database.username(),
                    "cairn.database.password=" + database.password()));
            settings.addAll(slack.socketModeProperties());
            String[] replica = settings.toArray(String[]::new);
            try (ChildCairn a = ChildCairn.start(work.resolve("a"), replica);
                 ChildCairn b = ChildCairn.start(work.resolve("b"), replica)) {
                long decided = System.nanoTime() + TAKEOVER_LIMIT.toNanos();
                while (holds(a) == holds(b) || slack.socketModeConnections() != 1) {
                    assertThat(System.nanoTime()).as("one of the two replicas holds the lease and one Socket Mode "
                            + "connection is open (now %d)", slack.socketModeConnections()).isLessThan(decided);
                    Thread.sleep(50);
                }
                ChildCairn holder = holds(a) ? a : b;
                ChildCairn standby = holder == a ? b : a;
                assertExactlyOneHolds(slack::socketModeConnections, "Socket Mode connections", holder, standby,
                        Duration.ofSeconds(4));

                String before = slack.mentionOverSocket("env-before", "EvSockBefore", slack.nextTs(), TEAM, CHANNEL,
                        USER, "help");
                assertThat(slack.awaitReplyInThread(before)).contains("help");

                long killed = System.nanoTime();
                holder.kill();
                long deadline = killed + TAKEOVER_LIMIT.toNanos();
                while (!(holds(standby) && slack.socketModeConnections() == 1)) {
                    assertThat(System.nanoTime()).as("replica %s holds the lease and its Socket Mode connection is "
                            + "open within 30 s of kill -9 of %s; its output:\n%s", standby.pid(), holder.pid(),
                            standby.tail()).isLessThan(deadline);
                    Thread.sleep(50);
                }
                Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
                System.out.printf("slack socket mode takeover after kill -9 of the holding replica (pid %d): %d ms%n",
                        holder.pid(), takeover.toMillis());

                // Slack redelivers an event whose fate it does not know: the survivor sees it was answered already
                slack.mentionOverSocket("env-redelivered", "EvSockBefore", before, TEAM, CHANNEL, USER, "help");
                String after = slack.mentionOverSocket("env-after", "EvSockAfter", slack.nextTs(), TEAM, CHANNEL,
                        USER, "help");
                assertThat(slack.awaitReplyInThread(after)).as("the answer of the replica that took over")
                        .contains("help");
                // the survivor decides "seen before" against PostgreSQL before it acks the redelivery, and a reply
                // to it would have been queued before the later event's; watch for two more seconds all the same
                long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                while (System.nanoTime() < settle) {
                    assertThat(slack.repliesInThread(before)).as("replies to the event answered before the kill")
                            .isEqualTo(1);
                    Thread.sleep(100);
                }
                assertThat(slack.repliesInThread(after)).isEqualTo(1);
                assertThat(slack.socketModeConnections()).isEqualTo(1);
                assertThat(standby.alive()).isTrue();
            }
        }
    }
}
