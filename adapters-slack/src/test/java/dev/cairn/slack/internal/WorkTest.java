package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class WorkTest {
    private final List<String> said = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();

    @Test
    void queuedWorkThatRunsDeliversItsReply() {
        Work work = new Work(queued::add);

        assertThat(work.submit("answering", () -> "the answer", said::add, () -> said.add("ask again"))).isTrue();
        queued.forEach(Runnable::run);

        assertThat(said).containsExactly("the answer");
    }

    @Test
    void queuedWorkThatCairnAbandonsTellsTheAskerToAskAgainInstead() {
        Work work = new Work(queued::add);

        work.submit("answering", () -> "the answer", said::add, () -> said.add("ask again"));
        assertThat(queued).singleElement().isInstanceOf(Job.class);
        ((Job) queued.get(0)).abandon();
        queued.get(0).run();

        assertThat(said).containsExactly("ask again");
    }

    @Test
    void aFailingTaskDeliversNothingAndIsNotTakenForAbandonedWork() {
        Work work = new Work(Runnable::run);
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();

        boolean queued = work.<String>submit("answering", () -> {
            ran.set(true);
            throw new IllegalStateException("boom");
        }, said::add, () -> said.add("ask again"));

        assertThat(queued).isTrue();
        assertThat(ran).isTrue();
        assertThat(said).isEmpty();
    }

    @Test
    void aFullPoolIsReportedSoThatTheCallerCanSayItIsBusy() {
        Work work = new Work(r -> {
            throw new RejectedExecutionException("full");
        });

        assertThat(work.submit("answering", () -> said.add("ran"))).isFalse();
        assertThat(said).isEmpty();
    }

    @Test
    void aNoticeRunsOffTheCallersThreadEvenWhenThePoolIsFull() throws Exception {
        Work work = new Work(r -> {
            throw new RejectedExecutionException("full");
        });
        java.util.concurrent.CompletableFuture<String> ranOn = new java.util.concurrent.CompletableFuture<>();

        assertThat(work.submit("answering", () -> said.add("answered"))).isFalse();
        work.soon("saying busy", () -> ranOn.complete(Thread.currentThread().getName()));

        assertThat(ranOn.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("cairn-slack-notices")
                .isNotEqualTo(Thread.currentThread().getName());
        assertThat(said).isEmpty();
    }
}
