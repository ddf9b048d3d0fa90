package dev.cairn.app.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.app.Await;
import dev.cairn.records.RecordsDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas' leases over one records database (the same H2 file, opened twice in this JVM as two replicas would
 * open one PostgreSQL): one holds the gateways, the other takes over when it stops, and a gateway that refuses to
 * open stops startup and gives the lease up.
 */
class GatewayLeaseTest {
    /** Short enough for a unit test; the default timing is checked by GatewayLeaseTakeoverIT. */
    private static final GatewayLease.Timing FAST = new GatewayLease.Timing(Duration.ofSeconds(3),
            Duration.ofMillis(500), Duration.ofMillis(200));

    @TempDir
    Path dataDir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void exactlyOneOfTwoReplicasHoldsTheGatewaysAndTheOtherTakesOverWhenItStops() throws Exception {
        RecordingGateway gatewayA = new RecordingGateway("Discord gateway", false);
        RecordingGateway gatewayB = new RecordingGateway("Discord gateway", false);
        GatewayLease a = lease("replica-a", gatewayA);
        GatewayLease b = lease("replica-b", gatewayB);

        assertThat(a.start()).isTrue();
        assertThat(b.start()).isFalse();

        assertThat(a.holds()).isTrue();
        assertThat(b.holds()).isFalse();
        assertThat(gatewayA.isOpen()).isTrue();
        assertThat(gatewayB.events()).isEmpty();
        assertThat(holders()).containsExactly("replica-a");

        a.close();
        assertThat(gatewayA.events()).containsExactly("open", "close");
        Await.until("replica B to take over", Duration.ofSeconds(30), () -> b.holds() && gatewayB.isOpen());
        assertThat(holders()).containsExactly("replica-b");
        assertThat(gatewayA.isOpen()).isFalse();
    }

    @Test
    void theHolderKeepsTheLeaseLongPastItsTimeToLiveByRenewingIt() throws Exception {
        RecordingGateway gatewayA = new RecordingGateway("Discord gateway", false);
        RecordingGateway gatewayB = new RecordingGateway("Discord gateway", false);
        GatewayLease a = lease("replica-a", gatewayA);
        GatewayLease b = lease("replica-b", gatewayB);
        assertThat(a.start()).isTrue();
        assertThat(b.start()).isFalse();

        Thread.sleep(FAST.ttl().multipliedBy(3).toMillis());

        assertThat(a.holds()).isTrue();
        assertThat(b.holds()).isFalse();
        assertThat(gatewayA.events()).containsExactly("open");
        assertThat(gatewayB.events()).isEmpty();
        assertThat(holders()).containsExactly("replica-a");
    }

    @Test
    void aGatewayThatRefusesToOpenStopsStartupAndLeavesTheLeaseToOthers() throws Exception {
        RecordingGateway refusing = new RecordingGateway("Discord gateway", true);
        GatewayLease a = lease("replica-a", refusing);

        assertThatThrownBy(a::start).hasMessageContaining("cairn.discord.token: Discord rejected the bot token");

        assertThat(a.holds()).isFalse();
        assertThat(holders()).isEmpty();
        RecordingGateway gatewayB = new RecordingGateway("Discord gateway", false);
        GatewayLease b = lease("replica-b", gatewayB);
        assertThat(b.start()).isTrue();
        assertThat(gatewayB.isOpen()).isTrue();
    }

    @Test
    void withoutGatewaysNoLeaseIsTaken() throws Exception {
        GatewayLease a = new GatewayLease(database().dataSource(), "replica-a", List.of(), FAST);
        open.add(a);

        assertThat(a.start()).isFalse();

        assertThat(a.holds()).isFalse();
        assertThat(holders()).isEmpty();
    }

    @Test
    void aHeartbeatTooCloseToTheTimeToLiveIsRefused() {
        assertThatThrownBy(() -> new GatewayLease.Timing(Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(1))).hasMessageContaining("at most a third of ttl");
        assertThat(GatewayLease.Timing.DEFAULT.ttl().plus(GatewayLease.Timing.DEFAULT.retry()))
                .as("a dead holder is replaced within half a minute").isLessThan(Duration.ofSeconds(30));
    }

    private GatewayLease lease(String replica, Gateway gateway) {
        GatewayLease lease = new GatewayLease(database().dataSource(), replica, List.of(gateway), FAST);
        open.add(lease);
        return lease;
    }

    /** Each replica opens the records database itself; in one JVM both reach the same H2 file. */
    private RecordsDatabase database() {
        RecordsDatabase database = RecordsDatabase.open(dataDir);
        open.add(0, database);
        return database;
    }

    private List<String> holders() throws SQLException {
        try (RecordsDatabase database = RecordsDatabase.open(dataDir);
             Connection connection = database.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT CLIENT_ID FROM INT_LOCK WHERE REGION = 'cairn'")) {
            List<String> holders = new ArrayList<>();
            while (rows.next()) {
                holders.add(rows.getString(1));
            }
            return holders;
        }
    }

}
