package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits in tests for something another thread does, failing with what was awaited when it does not come. */
public final class Await {
    private Await() {
    }

    /** Returns once {@code condition} holds; fails after {@code within}, naming {@code what}. */
    public static void until(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", within, what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
