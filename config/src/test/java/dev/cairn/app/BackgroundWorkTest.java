package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing the background lane drops the queued jobs and waits for the running one without interrupting it. */
class BackgroundWorkTest {
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    @Test
    void closingLetsTheRunningJobFinishUninterruptedAndDropsTheQueuedOnes() throws Exception {
        BackgroundWork work = new BackgroundWork("test-background", 10);
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        work.execute(() -> {
            begun.countDown();
            try {
                if (released.await(30, TimeUnit.SECONDS)) {
                    done.add("running");
                }
            } catch (InterruptedException e) {
                done.add("interrupted");
            }
        });
        work.execute(() -> done.add("queued"));
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(() -> {
            try {
                work.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "closer");
        closer.start();
        Await.until("closing waiting for the running job", Duration.ofSeconds(5),
                () -> closer.getState() == Thread.State.TIMED_WAITING);
        assertThat(work.stopping()).isTrue();
        released.countDown();
        closer.join(5_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(done).containsExactly("running");
    }
}
