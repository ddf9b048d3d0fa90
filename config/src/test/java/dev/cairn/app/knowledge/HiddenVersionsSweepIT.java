package dev.cairn.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import dev.cairn.knowledge.opensearch.OpenSearchServer;
import dev.cairn.knowledge.opensearch.OpenSearchSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sweep purges a replaced version once its grace has passed, not before, and a sweep that fails never throws. */
class HiddenVersionsSweepIT {
    @Test
    void theSweepPurgesAReplacedVersionOnlyAfterItsGrace() throws Exception {
        String prefix = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        try (OpenSearchPassageStore store = OpenSearchPassageStore.open(
                OpenSearchSettings.of(OpenSearchServer.shared().url(), prefix), SearchTuning.DEFAULT)) {
            store.putAll(List.of(entry("v1", Optional.empty())));
            store.putAll(List.of(entry("v2", Optional.of("v1"))));
            Instant replaced = Instant.now();

            assertThat(sweepAt(store, replaced.plus(HiddenVersionsSweep.GRACE).minusSeconds(5))).isZero();
            assertThat(sweepAt(store, replaced.plus(HiddenVersionsSweep.GRACE).plusSeconds(5))).isEqualTo(1);
            assertThat(sweepAt(store, replaced.plus(HiddenVersionsSweep.GRACE).plusSeconds(5))).isZero();
            assertThat(store.passageTotal()).isEqualTo(1);
        }
    }

    @Test
    void aSweepOfAStoreThatIsGoneReturnsNothingAndThrowsNothing() throws Exception {
        OpenSearchPassageStore store = OpenSearchPassageStore.open(
                OpenSearchSettings.of(OpenSearchServer.shared().url(), "sweep-closed"), SearchTuning.DEFAULT);
        store.close(); // its client refuses every request from now on

        assertThat(sweepAt(store, Instant.now())).isZero();
    }

    private static int sweepAt(OpenSearchPassageStore store, Instant now) {
        try (HiddenVersionsSweep sweep = new HiddenVersionsSweep(store, Clock.fixed(now, ZoneOffset.UTC))) {
            return sweep.sweepOnce();
        }
    }

    private static PassageStore.Entry entry(String id, Optional<String> replaces) {
        return new PassageStore.Entry(new DocumentInfo(id, "policy.txt", "web", "text/plain", 1, 1, Instant.now(),
                Optional.empty(), ""), id.repeat(32).substring(0, 64),
                List.of(new Chunk(new Location("", OptionalInt.empty(), Optional.empty()), "Policy " + id + ".")),
                List.of(), replaces);
    }
}
