package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.Job;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerWorkTest {
    private final Set<String> ran = ConcurrentHashMap.newKeySet();
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();
    private final Set<String> interrupted = ConcurrentHashMap.newKeySet();

    @Test
    void queuedAndRunningWorkFinishesWhenThereIsTimeAndNothingIsAbandoned() throws Exception {
        AnswerWork work = new AnswerWork(2, 10, Duration.ofSeconds(20));
        work.start();
        for (int i = 0; i < 6; i++) {
            work.execute(job("q" + i, Duration.ofMillis(100)));
        }

        CountDownLatch stopped = new CountDownLatch(1);
        work.stop(stopped::countDown);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactlyInAnyOrder("q0", "q1", "q2", "q3", "q4", "q5");
        assertThat(abandoned).isEmpty();
        assertThat(work.isRunning()).isFalse();
    }

    @Test
    void onceStoppingNewWorkIsRefusedSoThatTheCallerCanSayItIsBusy() {
        AnswerWork work = new AnswerWork(1, 10, Duration.ofSeconds(4));
        work.start();
        work.execute(job("slow", Duration.ofMillis(500)));

        work.stop(() -> { });

        assertThatThrownBy(() -> work.execute(job("late", Duration.ZERO)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void workLeftAtTheDeadlineIsAbandonedQueuedAndRunningAlikeWithinThePhaseTimeout() throws Exception {
        AnswerWork work = new AnswerWork(1, 10, Duration.ofSeconds(2));
        work.start();
        work.execute(job("quick", Duration.ZERO));
        work.execute(job("stuck", Duration.ofSeconds(30)));
        work.execute(job("waiting-1", Duration.ZERO));
        work.execute(job("waiting-2", Duration.ZERO));
        List<String> plain = new java.util.concurrent.CopyOnWriteArrayList<>();
        work.execute(() -> plain.add("plain ran"));

        long begun = System.nanoTime();
        CountDownLatch stopped = new CountDownLatch(1);
        work.stop(stopped::countDown);

        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - begun)).isLessThan(Duration.ofSeconds(5)); // within the phase timeout, not after the stuck job
        assertThat(ran).containsExactly("quick");
        assertThat(abandoned).containsExactlyInAnyOrder("stuck", "waiting-1", "waiting-2");
        assertThat(plain).as("plain work is dropped (and logged), not run late").isEmpty();
        assertThat(interrupted).as("nothing is interrupted: an interrupted write closes the index writer").isEmpty();
    }

    @Test
    void anAbandonedJobStillRunningIsAwaitedUntilThePhaseEndsSoThatItDoesNotOutliveTheStores() throws Exception {
        Gate slow = new Gate();
        AnswerWork work = busyWith(slow, "slow", Duration.ofSeconds(8));

        CountDownLatch stopped = new CountDownLatch(1);
        work.stop(stopped::countDown);
        Await.until("the asker told to ask again at the end of the grace (6 s)", Duration.ofSeconds(15),
                () -> abandoned.contains("slow"));

        assertThat(stopped.getCount()).as("stopping waits for the abandoned job still running").isEqualTo(1);
        slow.release();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("stopped once it ended").isTrue();
        assertThat(ran).containsExactly("slow");
        assertThat(interrupted).isEmpty();
    }

    @Test
    void closingWithoutStoppingTellsQueuedAskersAndWaitsForRunningWorkWithoutInterruptingIt() throws Exception {
        Gate running = new Gate();
        AnswerWork work = busyWith(running, "running", Duration.ofSeconds(30));
        work.execute(job("never-started", Duration.ZERO));

        Thread closer = new Thread(work::close, "closer");
        closer.start();
        Await.until("the queued asker told to ask again", Duration.ofSeconds(15),
                () -> abandoned.contains("never-started"));

        assertThat(closer.isAlive()).as("closing waits for the running job").isTrue();
        running.release();
        closer.join(5_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(ran).containsExactly("running");
        assertThat(abandoned).containsExactly("never-started");
        assertThat(interrupted).isEmpty();
        assertThatThrownBy(() -> work.execute(job("late", Duration.ZERO)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void theGraceLeavesAQuarterOfTheTimeoutAndAtMostFiveSecondsForAbandoning() {
        assertThat(new AnswerWork(1, 1, Duration.ofSeconds(30)).grace()).isEqualTo(Duration.ofSeconds(25));
        assertThat(new AnswerWork(1, 1, Duration.ofSeconds(4)).grace()).isEqualTo(Duration.ofSeconds(3));
    }

    /** A started pool of one thread, with {@code timeout} to stop, whose thread runs {@code gate}'s job. */
    private AnswerWork busyWith(Gate gate, String name, Duration timeout) throws InterruptedException {
        AnswerWork work = new AnswerWork(1, 10, timeout);
        work.start();
        work.execute(gate.job(name));
        gate.awaitBegun();
        return work;
    }

    /** A job that runs until the test releases it, saying when it has begun. */
    private final class Gate {
        private final CountDownLatch begun = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        Job job(String name) {
            return Job.of(() -> {
                begun.countDown();
                try {
                    if (released.await(30, TimeUnit.SECONDS)) {
                        ran.add(name);
                    }
                } catch (InterruptedException e) {
                    interrupted.add(name);
                    Thread.currentThread().interrupt();
                }
            }, () -> abandoned.add(name));
        }

        void awaitBegun() throws InterruptedException {
            assertThat(begun.await(5, TimeUnit.SECONDS)).as("the job began").isTrue();
        }

        void release() {
            released.countDown();
        }
    }


    private Job job(String name, Duration takes) {
        return Job.of(() -> {
            try {
                Thread.sleep(takes.toMillis());
            } catch (InterruptedException e) {
                interrupted.add(name);
                Thread.currentThread().interrupt();
                return;
            }
            ran.add(name);
        }, () -> abandoned.add(name));
    }
}
