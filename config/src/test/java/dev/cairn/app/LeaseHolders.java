package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.IntSupplier;

/** What the lease tests ask of two replicas: which one holds the gateway lease, and that only it does. */
final class LeaseHolders {
    private LeaseHolders() {
    }

    /** Whether the replica's {@code /actuator/info} says it holds the gateway lease (loopback, no key needed). */
    static boolean holds(ChildCairn replica) {
        try {
            Api.Reply info = replica.api().get("/actuator/info");
            return info.status() == 200 && info.json().path("gateway").path("holder").asBoolean(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * For {@code during}: the platform sees one connection ({@code connections}, named {@code what}), the holder's
     * {@code /actuator/info} says it holds the lease and the standby's says it does not.
     */
    static void assertExactlyOneHolds(IntSupplier connections, String what, ChildCairn holder, ChildCairn standby,
                                      Duration during) throws InterruptedException {
        long until = System.nanoTime() + during.toNanos();
        do {
            assertThat(connections.getAsInt()).as(what).isEqualTo(1);
            assertThat(holds(holder)).as("the holder (pid %d) holds", holder.pid()).isTrue();
            assertThat(holds(standby)).as("the standby (pid %d) holds", standby.pid()).isFalse();
            Thread.sleep(200);
        } while (System.nanoTime() < until);
    }
}
