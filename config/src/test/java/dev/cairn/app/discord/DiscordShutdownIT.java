package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping Cairn with Discord questions queued: each gets its answer or "ask again" as a reply, never both or none. */
class DiscordShutdownIT {
    /** What the slow model says to every question: the handbook's leave sentence, citing passage 1. */
    private static final String ANSWER = "Employees accrue four hours of annual leave per pay period [1].";
    @TempDir
    Path dataDir;

    @Test
    void everyMentionInFlightWhenCairnStopsIsAnsweredOrToldToAskAgain() throws Exception {
        try (FakeDiscord discord = new FakeDiscord();
             FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(1_500), ANSWER)) {
            long acme = discord.guild("Acme");
            long knowledge = discord.channel(acme, "knowledge");
            long general = discord.channel(acme, "general");
            long ann = discord.user("ann", false, acme);
            List<Long> questions = new ArrayList<>();
            CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, List.of(
                    "cairn.discord.knowledge-channels=" + knowledge, "cairn.llm.base-url=" + model.baseUrl(),
                    "cairn.llm.model=slow", "cairn.llm.api-key=sk-test", "cairn.llm.max-retries=0",
                    "cairn.limits.answer-threads=2",
                    "spring.lifecycle.timeout-per-shutdown-phase=4s", "cairn.knowledge.embeddings.model=none",
                    "cairn.knowledge.retrieval.mode=bm25"));
            try {
                discord.awaitReady();
                long shared = discord.post(knowledge, ann, "", discord.file("leave.md", ("# Leave\n\nEmployees accrue "
                        + "four hours of annual leave per pay period.\n").getBytes(StandardCharsets.UTF_8)));
                discord.await("the ingestion report", c -> c.repliesTo() == shared);
                for (int i = 0; i < 10; i++) {
                    questions.add(discord.post(general, ann, discord.mention() + " How much annual leave accrues?"));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (model.requests.size() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(model.requests.size()).as("questions reaching the model").isPositive();
            } finally {
                cairn.close();
            }

            int answered = 0;
            int toldToAskAgain = 0;
            for (long question : questions) {
                List<FakeDiscord.Call> replies = discord.calls(c -> c.is("POST", "channels/" + general + "/messages")
                        && c.repliesTo() == question);
                assertThat(replies).as("replies to %s", question).hasSize(1);
                String content = replies.get(0).content();
                if (content.equals("Cairn is restarting; please ask again in a minute.")) {
                    toldToAskAgain++;
                } else {
                    assertThat(content).contains("four hours of annual leave");
                    answered++;
                }
            }
            assertThat(answered).isPositive();
            assertThat(toldToAskAgain).isPositive();
        }
    }
}
