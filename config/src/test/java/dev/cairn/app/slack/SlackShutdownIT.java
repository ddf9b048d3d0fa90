package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.SlowModel;
import dev.cairn.app.slack.FakeSlack.Call;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping Cairn with Slack questions queued: each asker gets the answer, or is told to ask again; none is forgotten. */
class SlackShutdownIT {
    private static final String KNOWLEDGE = "CKNOWLEDGE";
    @TempDir
    Path dataDir;

    @Test
    void everySlashCommandInFlightWhenCairnStopsIsAnsweredOrToldToAskAgain() throws Exception {
        try (FakeSlack fake = FakeSlack.start(); SlowModel model = new SlowModel(Duration.ofMillis(2_500))) {
            SlackCairn cairn = SlackCairn.start(dataDir, fake, "cairn.slack.knowledge-channels=" + KNOWLEDGE,
                    "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=slow", "cairn.llm.api-key=sk-test",
                    "cairn.llm.max-retries=0", "spring.lifecycle.timeout-per-shutdown-phase=4s");
            try {
                String ts = fake.nextTs();
                fake.hostFile("FHANDBOOK", "handbook.md", "text/markdown", ("# Leave\n\nEmployees accrue four hours of "
                        + "annual leave per pay period.\n").getBytes(StandardCharsets.UTF_8), KNOWLEDGE, ts);
                cairn.slack.event("T1", "EvShare", SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, "FHANDBOOK",
                        "handbook.md"), 0);
                assertThat(fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(KNOWLEDGE)).param("text"))
                        .contains("indexed handbook.md");
                List<String> channels = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String channel = "CASK" + i;
                    channels.add(channel);
                    assertThat(cairn.slack.command("T1", channel, "UASKER" + i, "How much annual leave do employees "
                            + "accrue?", fake.responseUrl(channel)).status()).isEqualTo(200);
                }
                FakeSlack.await(() -> model.requests() > 0 ? java.util.Optional.of(true) : java.util.Optional.empty(),
                        "the first question reaching the model");
            } finally {
                cairn.close();
            }

            int answered = 0;
            int toldToAskAgain = 0;
            for (String channel : List.of("CASK0", "CASK1", "CASK2", "CASK3", "CASK4", "CASK5", "CASK6", "CASK7",
                    "CASK8", "CASK9")) {
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
