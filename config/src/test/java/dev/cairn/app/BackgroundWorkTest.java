package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing the background lane waits for the running job without interrupting it and drops the queued ones. */
class BackgroundWorkTest {
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    @Test
    void closingLetsTheRunningJobFinishUninterruptedAndDropsTheQueuedOnes() throws Exception {
        BackgroundWork work = new BackgroundWork("test-background", 10);
        CountDownLatch begun = new CountDownLatch(1);
        work.execute(() -> {
            begun.countDown();
            try {
                Thread.sleep(500);
                done.add("running");
            } catch (InterruptedException e) {
                done.add("interrupted");
            }
        });
        work.execute(() -> done.add("queued"));
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();

        work.close();

        assertThat(done).containsExactly("running");
    }
}
