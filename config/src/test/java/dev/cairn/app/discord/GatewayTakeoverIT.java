package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.lease.GatewayLease;
import dev.cairn.app.lease.LeaseHolderMain;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.RecordsDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas on one records database: another replica (a JVM of its own holding the lease) keeps the Discord
 * gateway from Cairn, and when it is killed with {@code kill -9} Cairn takes the lease over and its JDA connects
 * and answers, within 30 s. The other JVM reaches this Cairn's records database through an H2 TCP server in this
 * JVM, as replicas reach one PostgreSQL.
 */
class GatewayTakeoverIT {
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void whenTheHolderIsKilledCairnTakesTheDiscordGatewayOverWithinThirtySeconds() throws Exception {
        try (RecordsDatabase records = RecordsDatabase.open(dataDir);
             FakeDiscord discord = new FakeDiscord()) {
            long acme = discord.guild("Acme");
            long general = discord.channel(acme, "general");
            long ann = discord.user("ann", false, acme);
            Server tcp = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
            Process other = null;
            try {
                // the embedded database's own name (file system prefix and path), else H2 opens the file twice
                String embedded = DatabaseAddress.embedded(dataDir).url();
                String url = "jdbc:h2:tcp://127.0.0.1:" + tcp.getPort() + "/"
                        + embedded.substring("jdbc:h2:".length(), embedded.indexOf(';'));
                other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m", "-cp", System.getProperty("java.class.path"), LeaseHolderMain.class.getName(), url)
                        .redirectErrorStream(true).start();
                BlockingQueue<String> lines = lines(other);
                assertThat(next(lines, "holds=")).isEqualTo("holds=true");

                try (CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, List.of())) {
                    GatewayLease lease = cairn.bean(GatewayLease.class);
                    assertThat(lease.holds()).as("Cairn holds the lease while the other replica lives").isFalse();
                    discord.awaitQuiet(Duration.ofSeconds(2));
                    assertThat(discord.gatewayConnected()).isFalse();
                    assertThat(discord.calls()).as("calls to Discord by the standby replica").isEmpty();
                    assertThat(info(cairn)).contains("\"holder\":false").contains("Discord gateway");

                    long killed = System.nanoTime();
                    other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    long deadline = killed + TAKEOVER_LIMIT.toNanos();
                    while (!discord.gatewayConnected()) {
                        assertThat(System.nanoTime()).as("Cairn's JDA connected within 30 s of kill -9")
                                .isLessThan(deadline);
                        Thread.sleep(50);
                    }
                    Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
                    System.out.printf("gateway takeover after kill -9: %d ms (lease ttl %d s)%n",
                            takeover.toMillis(), GatewayLease.Timing.DEFAULT.ttl().toSeconds());
                    assertThat(lease.holds()).isTrue();
                    assertThat(info(cairn)).contains("\"holder\":true");

                    discord.awaitReady();
                    long question = discord.post(general, ann, discord.mention() + " help");
                    discord.await("the answer", c -> c.is("POST", "channels/" + general + "/messages")
                            && c.repliesTo() == question);
                }
            } finally {
                if (other != null) {
                    other.destroyForcibly();
                }
                tcp.stop();
            }
        }
    }

    /** {@code GET /actuator/info} from loopback (no API key is set, so loopback may read it). */
    private static String info(CairnWithDiscord cairn) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + cairn.port() + "/actuator/info")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
            }
        }, "other-replica-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The next line starting with {@code prefix}, within 60 s; fails with the lines seen otherwise. */
    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("no line starting with " + prefix + " within 60 s; output:\n" + seen);
    }
}
