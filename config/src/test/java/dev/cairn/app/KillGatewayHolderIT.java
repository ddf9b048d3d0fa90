package dev.cairn.app;

import static dev.cairn.app.LeaseHolders.assertExactlyOneHolds;
import static dev.cairn.app.LeaseHolders.holds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.discord.DiscordWorld;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two full Cairn processes on one OpenSearch and one PostgreSQL, both configured for the same Discord bot (a fake
 * Discord on 127.0.0.1): exactly one of them holds the gateway session, and after {@code kill -9} of that one the
 * other connects and answers, within 30 s, from knowledge uploaded through the dead one.
 */
class KillGatewayHolderIT {
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);
    private static final String LEAVE = "How much annual leave do employees accrue?";

    @TempDir
    Path work;

    @Test
    void exactlyOneReplicaHoldsTheDiscordGatewayAndAfterKillNineOfItTheOtherAnswersWithinThirtySeconds()
            throws Exception {
        try (DiscordWorld discord = new DiscordWorld()) {
            List<String> settings = new ArrayList<>(ClusterStores.fresh().settings());
            settings.addAll(discord.properties());
            settings.add("cairn.knowledge.shared-collections=web"); // files uploaded on the web API answer in Discord
            String[] replica = settings.toArray(String[]::new);
            try (ChildCairn a = ChildCairn.start(work.resolve("a"), replica);
                 ChildCairn b = ChildCairn.start(work.resolve("b"), replica)) {
                discord.awaitReady();
                long decided = System.nanoTime() + TAKEOVER_LIMIT.toNanos();
                while (holds(a) == holds(b)) {
                    assertThat(System.nanoTime()).as("one of the two replicas says it holds the lease")
                            .isLessThan(decided);
                    Thread.sleep(50);
                }
                ChildCairn holder = holds(a) ? a : b;
                ChildCairn standby = holder == a ? b : a;
                assertExactlyOneHolds(discord::gatewaySessions, "gateway sessions", holder, standby,
                        Duration.ofSeconds(3));
                Api.Reply upload = holder.api().upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
                assertThat(upload.status()).as(upload.body()).isEqualTo(200);
                assertThat(discord.ask(LEAVE)).contains("four hours");

                long killed = System.nanoTime();
                holder.kill();
                long deadline = killed + TAKEOVER_LIMIT.toNanos();
                while (!(holds(standby) && discord.gatewaySessions() == 1)) {
                    assertThat(System.nanoTime()).as("replica %s holds the lease and its JDA is connected within "
                            + "30 s of kill -9 of %s; its output:\n%s", standby.pid(), holder.pid(), standby.tail())
                            .isLessThan(deadline);
                    Thread.sleep(50);
                }
                Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
                System.out.printf("discord gateway takeover after kill -9 of the holding replica (pid %d): %d ms%n",
                        holder.pid(), takeover.toMillis());

                discord.awaitReady(2);
                assertThat(discord.ask(LEAVE)).as("the answer of the replica that took over").contains("four hours");
                assertThat(discord.gatewaySessions()).isEqualTo(1);
                assertThat(standby.alive()).isTrue();
            }
        }
    }
}
