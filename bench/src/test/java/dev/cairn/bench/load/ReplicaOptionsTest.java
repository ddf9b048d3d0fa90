package dev.cairn.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReplicaOptionsTest {
    @Test
    void theLoadBenchRunsReplicasOnlyWhenMoreThanOneIsAskedFor() {
        assertThat(ReplicaOptions.requested(new String[] {"--askers", "50"})).isFalse();
        assertThat(ReplicaOptions.requested(new String[] {"--replicas", "1"})).isFalse();
        assertThat(ReplicaOptions.requested(new String[] {"--replicas", "2"})).isTrue();
    }

    @Test
    void optionsAreReadWithFiftyAskersAndTenRoundsByDefault() {
        ReplicaOptions options = ReplicaOptions.parse(new String[] {"--replicas", "2", "--opensearch-url",
                "http://127.0.0.1:9200", "--database-url", "jdbc:postgresql://127.0.0.1:5432/cairn", "--jvm",
                " -Xmx1g  -XX:+UseSerialGC "});

        assertThat(options).isEqualTo(new ReplicaOptions(2, "http://127.0.0.1:9200",
                "jdbc:postgresql://127.0.0.1:5432/cairn", "", 50, 10, 2000, List.of("-Xmx1g", "-XX:+UseSerialGC")));
    }

    @Test
    void theStoresAreHandedToEachReplicaAsCairnSettingsWithTheUserOnlyWhenGiven() {
        ReplicaOptions withUser = ReplicaOptions.parse(new String[] {"--replicas", "2", "--opensearch-url",
                "http://os:9200", "--database-url", "jdbc:postgresql://db/cairn", "--database-username", "cairn"});
        ReplicaOptions fromEnvironment = ReplicaOptions.parse(new String[] {"--replicas", "2", "--opensearch-url",
                "http://os:9200", "--database-url", "jdbc:postgresql://db/cairn"});

        assertThat(withUser.storeArguments("cairn-run")).containsExactly("--cairn.knowledge.store=opensearch",
                "--cairn.opensearch.url=http://os:9200", "--cairn.opensearch.index-prefix=cairn-run",
                "--cairn.database.url=jdbc:postgresql://db/cairn", "--cairn.database.username=cairn");
        assertThat(fromEnvironment.storeArguments("cairn-run")).noneMatch(a -> a.contains("username"));
    }

    @Test
    void replicasWithoutAnOpenSearchOrAJdbcUrlAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> ReplicaOptions.parse(new String[] {"--replicas", "2", "--database-url",
                "jdbc:postgresql://db/cairn"})).hasMessageContaining("--opensearch-url");
        assertThatThrownBy(() -> ReplicaOptions.parse(new String[] {"--replicas", "2", "--opensearch-url",
                "http://os:9200", "--database-url", "postgres://db/cairn"})).hasMessageContaining("--database-url");
        assertThatThrownBy(() -> ReplicaOptions.parse(new String[] {"--replicas", "1", "--opensearch-url",
                "http://os:9200", "--database-url", "jdbc:postgresql://db/cairn"})).hasMessageContaining("--replicas");
    }

    @Test
    void replicasAreNamedByLetter() {
        assertThat(List.of(ReplicaOptions.name(0), ReplicaOptions.name(1), ReplicaOptions.name(2)))
                .containsExactly("A", "B", "C");
    }

    @Test
    void roundRobinSendsEachRequestToTheNextReplica() {
        RoundRobin balancer = new RoundRobin(2);

        assertThat(List.of(balancer.next(), balancer.next(), balancer.next(), balancer.next()))
                .containsExactly(0, 1, 0, 1);
    }

    @Test
    void roundRobinSplitsConcurrentRequestsEvenly() throws InterruptedException {
        RoundRobin balancer = new RoundRobin(3);
        List<Integer> picked = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 3_000; i++) {
            pool.execute(() -> picked.add(balancer.next()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(picked).hasSize(3_000);
        for (int replica = 0; replica < 3; replica++) {
            int r = replica;
            assertThat(picked.stream().filter(p -> p == r).count()).as("replica %d", r).isEqualTo(1_000);
        }
    }

    @Test
    void roundRobinNeedsAReplica() {
        assertThatThrownBy(() -> new RoundRobin(0)).hasMessageContaining("replicas");
    }
}
