package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.app.CairnApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starting and stopping Cairn with Discord enabled. */
class DiscordStartupIT {
    @TempDir
    Path dataDir;

    @Test
    void failsFastNamingTheSettingWhenDiscordIsEnabledWithoutAToken() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CairnApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--cairn.data-dir=" + dataDir, "--cairn.discord.enabled=true"))
                .rootCause().hasMessageContaining("cairn.discord.token must be set")
                .hasMessageContaining("CAIRN_DISCORD_TOKEN");
    }

    @Test
    void failsFastWhenDiscordRejectsTheToken() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            assertThatThrownBy(() -> CairnWithDiscord.start(dataDir, discord,
                    List.of("cairn.discord.token=not-the-token")))
                    .hasStackTraceContaining("cairn.discord.token: Discord rejected the bot token");
            assertThat(discord.calls()).extracting(FakeDiscord.Call::path).containsExactly("users/@me");
        }
    }

    @Test
    void startsWhileDiscordIsDownAndConnectsOnceItIsBack() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            long acme = discord.guild("Acme");
            long general = discord.channel(acme, "general");
            long ann = discord.user("ann", false, acme);
            discord.failRest(true);
            try (CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, List.of())) {
                assertThat(discord.calls()).extracting(FakeDiscord.Call::path).containsExactly("users/@me");
                discord.failRest(false);
                discord.awaitReady();
                long question = discord.post(general, ann, discord.mention() + " help");
                discord.await("the answer", c -> c.is("POST", "channels/" + general + "/messages")
                        && c.repliesTo() == question);
            }
        }
    }

    @Test
    void connectsToTheGatewayAndDisconnectsWhenCairnStops() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            discord.guild("Acme");
            try (CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, List.of())) {
                discord.awaitReady();
                assertThat(discord.gatewayConnected()).isTrue();
                assertThat(jdaThreadsAlive()).as("JDA's threads while connected").isTrue();
                FakeDiscord.Call registered = discord.calls(c -> c.is("PUT", "applications/\\d+/commands")).get(0);
                assertThat(registered.body().get(0).get("name").asString()).isEqualTo("ask");
                assertThat(registered.body().get(0).get("options").get(0).get("name").asString())
                        .isEqualTo("question");
                assertThat(registered.body().get(0).get("options").get(0).get("required").asBoolean()).isTrue();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (discord.gatewayConnected() || jdaThreadsAlive()) {
                assertThat(System.nanoTime()).as("JDA still connected or running after Cairn stopped")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
        }
    }

    private static boolean jdaThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("JDA"));
    }
}
