package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.slack.FakeSlack.Call;
import dev.cairn.model.openai.FakeOpenAi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping Cairn with Slack questions queued: each asker gets the answer, or is told to ask again; none is forgotten. */
class SlackShutdownIT {
    /** What the slow model says to every question: the handbook's leave sentence, citing passage 1. */
    private static final String ANSWER = "Employees accrue four hours of annual leave per pay period [1].";
    private static final String KNOWLEDGE = "CKNOWLEDGE";
    @TempDir
    Path dataDir;

    @Test
    void everySlashCommandInFlightWhenCairnStopsIsAnsweredOrToldToAskAgain() throws Exception {
        try (FakeSlack fake = FakeSlack.start();
             FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(1_500), ANSWER)) {
            SlackCairn cairn = SlackCairn.start(dataDir, fake, "cairn.slack.knowledge-channels=" + KNOWLEDGE,
                    "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=slow", "cairn.llm.api-key=sk-test",
                    "cairn.llm.max-retries=0",
                    "cairn.limits.answer-threads=2", "spring.lifecycle.timeout-per-shutdown-phase=4s",
                    "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25");
            List<String> channels = new ArrayList<>();
            try {
                String ts = fake.nextTs();
                fake.hostFile("FHANDBOOK", "handbook.md", "text/markdown", ("# Leave\n\nEmployees accrue four hours of "
                        + "annual leave per pay period.\n").getBytes(StandardCharsets.UTF_8), KNOWLEDGE, ts);
                cairn.slack.event("T1", "EvShare", SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, "FHANDBOOK",
                        "handbook.md"), 0);
                assertThat(fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(KNOWLEDGE)).param("text"))
                        .contains("indexed handbook.md");
                for (int i = 0; i < 10; i++) {
                    String channel = "CASK" + i;
                    channels.add(channel);
                    assertThat(cairn.slack.command("T1", channel, "UASKER" + i, "How much annual leave do employees "
                            + "accrue?", fake.responseUrl(channel)).status()).isEqualTo(200);
                }
                FakeSlack.await(() -> model.requests.size() > 0 ? Optional.of(true) : Optional.empty(),
                        "the first question reaching the model");
            } finally {
                cairn.close();
            }

            int answered = 0;
            int toldToAskAgain = 0;
            for (String channel : channels) {
                List<Call> replies = fake.postedIn(channel);
                assertThat(replies).as("replies in %s", channel).hasSize(1);
                Call reply = replies.get(0);
                if (reply.method().equals("chat.postEphemeral")) {
                    assertThat(reply.param("text")).isEqualTo("Cairn is restarting; please ask again in a minute.");
                    toldToAskAgain++;
                } else {
                    assertThat(reply.param("text")).contains("four hours of annual leave");
                    answered++;
                }
            }
            assertThat(answered).isPositive();
            assertThat(toldToAskAgain).isPositive();
        }
    }
}
