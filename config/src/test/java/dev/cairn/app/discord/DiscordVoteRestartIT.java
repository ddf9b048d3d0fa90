package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.records.RecordedVotes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vote button carries its reply id, so a click on an answer given before Cairn restarted is still recorded. */
class DiscordVoteRestartIT {
    @TempDir
    Path dataDir;

    @Test
    void aVoteOnAnAnswerFromBeforeARestartIsRecorded() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            long acme = discord.guild("Acme");
            long knowledge = discord.channel(acme, "knowledge");
            long general = discord.channel(acme, "general");
            long ann = discord.user("ann", false, acme);
            List<String> properties = List.of("cairn.discord.knowledge-channels=" + knowledge);
            FakeDiscord.Call answer;
            try (CairnWithDiscord first = CairnWithDiscord.start(dataDir, discord, properties)) {
                discord.awaitReady();
                long shared = discord.post(knowledge, ann, "", discord.file("leave.md",
                        "Employees accrue four hours of annual leave per pay period.".getBytes(StandardCharsets.UTF_8)));
                discord.await("the ingestion report", c -> c.repliesTo() == shared);
                long question = discord.post(general, ann, discord.mention() + " How much annual leave accrues?");
                answer = discord.await("the answer", c -> c.repliesTo() == question);
            }
            assertThat(RecordedVotes.in(dataDir)).isEmpty();

            try (CairnWithDiscord second = CairnWithDiscord.start(dataDir, discord, properties)) {
                discord.awaitCalls("the second /ask registration", 2, c -> c.is("PUT", "applications/\\d+/commands"));
                String up = FakeDiscord.buttons(answer).get(0);
                String replyId = up.substring("vote:up:".length());

                FakeDiscord.Interaction click = discord.click(general, answer.messageId(), ann, up);

                assertThat(discord.await("the thanks", c -> c.is("POST", "webhooks/\\d+/" + click.token())).content())
                        .isEqualTo("Thanks, your vote on this answer was recorded.");
                assertThat(RecordedVotes.in(dataDir)).containsExactly(replyId + ":" + ann + ":up");
            }
        }
    }
}
