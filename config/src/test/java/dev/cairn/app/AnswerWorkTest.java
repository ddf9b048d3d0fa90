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
        AnswerWork work = new AnswerWork(1, 10, Duration.ofSeconds(4));
        work.start();
        assertThat(queueTellingWhenBegun(work, "slow", Duration.ofMillis(3_500)).await(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch stopped = new CountDownLatch(1);
        work.stop(stopped::countDown);

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(abandoned).as("told to ask again at the end of the grace (3 s)").containsExactly("slow");
        assertThat(ran).as("yet awaited, uninterrupted, until it ended (3.5 s, within the 4 s phase)")
                .containsExactly("slow");
        assertThat(interrupted).isEmpty();
    }

    @Test
    void closingWithoutStoppingDropsQueuedWorkAndWaitsForRunningWorkWithoutInterruptingIt() throws Exception {
        AnswerWork work = new AnswerWork(1, 10, Duration.ofSeconds(30));
        work.start();
        CountDownLatch begun = queueTellingWhenBegun(work, "running", Duration.ofMillis(500));
        work.execute(job("never-started", Duration.ZERO));
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();

        work.close();

        assertThat(ran).containsExactly("running");
        assertThat(interrupted).isEmpty();
        assertThat(abandoned).isEmpty();
        assertThatThrownBy(() -> work.execute(job("late", Duration.ZERO)))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void theGraceLeavesAQuarterOfTheTimeoutAndAtMostFiveSecondsForAbandoning() {
        assertThat(new AnswerWork(1, 1, Duration.ofSeconds(30)).grace()).isEqualTo(Duration.ofSeconds(25));
        assertThat(new AnswerWork(1, 1, Duration.ofSeconds(4)).grace()).isEqualTo(Duration.ofSeconds(3));
    }

    /** Queues {@link #job}({@code name}, {@code takes}); the latch opens when it has begun. */
    private CountDownLatch queueTellingWhenBegun(AnswerWork work, String name, Duration takes) {
        CountDownLatch begun = new CountDownLatch(1);
        Job inner = job(name, takes);
        work.execute(Job.of(() -> {
            begun.countDown();
            inner.run();
        }, inner::abandon));
        return begun;
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
