package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Handoff.Notice;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandoffTest {
    /** One worker and a queue of one: a real bounded pool, as the answer pool is. */
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), r -> new Thread(r, "test-pool"));
    private final Handoff handoff = new Handoff(pool);
    private final BlockingQueue<String> told = new LinkedBlockingQueue<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final String caller = Thread.currentThread().getName();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        handoff.close();
    }

    private Consumer<Notice> telling() {
        return notice -> {
            threads.add(Thread.currentThread().getName());
            told.add(English.of(notice.phrase()));
        };
    }

    @Test
    void workThatRunsSendsItsReplyFromThePoolAndTellsNothing() throws Exception {
        handoff.hand("answering", () -> {
            threads.add(Thread.currentThread().getName());
            return () -> told.add("the answer");
        }, telling());

        assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo("the answer");
        assertThat(threads).containsExactly("test-pool");
    }

    @Test
    void aFullPoolTellsTheBusyTextOffTheCallersThreadAndRunsNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fill(release);
        List<String> ran = new CopyOnWriteArrayList<>();

        handoff.hand("answering", () -> {
            ran.add("work");
            return () -> ran.add("sent");
        }, telling());

        assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo(English.of(Notice.BUSY.phrase()));
        assertThat(threads).singleElement().isEqualTo("cairn-notices").isNotEqualTo(caller);
        release.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).isEmpty();
    }

    @Test
    void anOfferToAFullPoolIsRefusedWithoutTellingAnyone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fill(release);

        boolean queued = handoff.offer("answering", () -> () -> told.add("sent"), telling());

        release.countDown();
        assertThat(queued).isFalse();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).isEmpty();
    }

    @Test
    void workThatThrowsTellsTheFailedTextFromThePool() throws Exception {
        handoff.hand("answering", () -> {
            throw new IllegalStateException("boom");
        }, telling());

        assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo(English.of(Notice.FAILED.phrase()));
        assertThat(threads).containsExactly("test-pool");
    }

    @Test
    void aSendingThatThrowsTellsTheFailedTextOnce() throws Exception {
        handoff.hand("answering", () -> () -> {
            throw new IllegalStateException("platform refused");
        }, telling());

        assertThat(told.poll(10, TimeUnit.SECONDS)).isEqualTo(English.of(Notice.FAILED.phrase()));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).isEmpty();
    }

    @Test
    void workThatCairnAbandonsTellsTheRestartingTextInsteadOfItsReply() {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        Handoff manual = new Handoff(queued::add);

        manual.hand("answering", () -> () -> told.add("the answer"), telling());
        assertThat(queued).singleElement().isInstanceOf(Job.class);
        ((Job) queued.get(0)).abandon();
        queued.get(0).run();
        manual.close();

        assertThat(told).containsExactly(English.of(Notice.RESTARTING.phrase()));
    }

    @Test
    void backgroundWorkRunsOnTheNoticeLaneWhenThePoolIsFullNeverOnTheCaller() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        fill(release);
        BlockingQueue<String> ranOn = new LinkedBlockingQueue<>();

        handoff.background("removing a deleted file", () -> ranOn.add(Thread.currentThread().getName()));

        assertThat(ranOn.poll(10, TimeUnit.SECONDS)).isEqualTo("cairn-notices").isNotEqualTo(caller);
        release.countDown();
    }

    @Test
    void theThreeTextsAreDistinctAndSayWhatToDo() {
        assertThat(List.of(Notice.values())).extracting(n -> English.of(n.phrase())).doesNotHaveDuplicates()
                .allSatisfy(text -> assertThat(text).containsIgnoringCase("again"));
        assertThat(English.of(Notice.BUSY.phrase())).contains("try again in a moment");
    }

    /** Occupies the pool's one worker until {@code release}, and its one queue slot. */
    private void fill(CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        pool.execute(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        pool.execute(() -> { });
    }
}
