package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code cairn.discord.reply-in-thread}, a mention is answered in a new thread started from it. */
class DiscordThreadIT {
    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    @TempDir
    Path dataDir;

    @Test
    void answersAMentionInANewThreadAndFollowUpsInsideIt() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            long acme = discord.guild("Acme");
            long knowledge = discord.channel(acme, "knowledge");
            long general = discord.channel(acme, "general");
            long noThreads = discord.channel(acme, "no-threads", CREATE_PUBLIC_THREADS);
            long ann = discord.user("ann", false, acme);
            try (CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, List.of(
                    "cairn.discord.knowledge-channels=" + knowledge, "cairn.discord.reply-in-thread=true"))) {
                discord.awaitReady();
                long shared = discord.post(knowledge, ann, "", discord.file("handbook.md",
                        DiscordAdapterIT.HANDBOOK.getBytes(StandardCharsets.UTF_8)));
                assertThat(discord.await("the file report", c -> c.is("POST", "channels/" + knowledge + "/messages")
                        && c.repliesTo() == shared).content()).startsWith("indexed handbook.md");

                long question = discord.post(general, ann, discord.mention() + " How much annual leave do "
                        + "employees accrue?");
                long thread = discord.threadStartedFrom(question);
                FakeDiscord.Call start = discord.await("the thread", c -> c.path().endsWith(question + "/threads"));
                assertThat(start.body().get("name").asString()).isEqualTo("How much annual leave do employees accrue?");
                FakeDiscord.Call answer = discord.await("the answer in the thread",
                        c -> c.is("POST", "channels/" + thread + "/messages"));
                assertThat(answer.content()).contains("four hours of annual leave");
                assertThat(answer.embeds()).hasSize(1);
                assertThat(answer.repliesTo()).isZero();
                assertThat(discord.calls(c -> c.is("POST", "channels/" + general + "/messages"))).isEmpty();

                long followUp = discord.post(thread, ann, discord.mention() + " and for contractors?");
                FakeDiscord.Call inThread = discord.await("the follow-up answer", c -> c.is("POST",
                        "channels/" + thread + "/messages") && c.repliesTo() == followUp);
                assertThat(inThread.content()).startsWith("Contractors do not accrue annual leave");
                assertThat(discord.calls(c -> c.path().endsWith("/threads"))).hasSize(1);

                long elsewhere = discord.post(noThreads, ann, discord.mention() + " help");
                assertThat(discord.await("the reply in a channel without thread permission", c -> c.is("POST",
                        "channels/" + noThreads + "/messages") && c.repliesTo() == elsewhere).content())
                        .contains("reset: forget our conversation");
                assertThat(discord.calls(c -> c.path().endsWith(elsewhere + "/threads"))).isEmpty();
            }
        }
    }
}
