package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class JobTest {
    private final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void aReplyingJobThatRunsDeliversItsReplyAndIsNotAbandonedAfterwards() {
        Job job = Job.replying(() -> "the answer", said::add, () -> said.add("ask again"));

        job.run();
        job.abandon();

        assertThat(said).containsExactly("the answer");
    }

    @Test
    void aReplyingJobAbandonedWhileRunningSaysAskAgainAndKeepsItsLateReply() {
        Job[] job = new Job[1];
        job[0] = Job.replying(() -> {
            job[0].abandon(); // the deadline passes while the answer is being made
            return "the late answer";
        }, said::add, () -> said.add("ask again"));

        job[0].run();

        assertThat(said).containsExactly("ask again");
    }
}
