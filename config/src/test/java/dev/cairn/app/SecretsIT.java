package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.discord.DiscordWorld;
import dev.cairn.app.slack.SlackWorld;
import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One whole session — the web API, Slack, Discord, a model that fails, a tool that fails — with a distinctive value
 * for every secret: none of them shows in anything logged (every logger at DEBUG) or in any reply, error or stats.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT {
    static final String WEB_KEY = "webkey-SINGLE-4d1c7e0a9b";
    static final String OPS_KEY = "webkey-OPS-8a2f61c3d5";
    static final String LLM_KEY = "sk-llm-SECRET-73be10f4c2";
    static final String SQL_PASSWORD = "sqlpass-SECRET-0c9d8e7f";
    static final List<String> SECRETS = List.of(WEB_KEY, OPS_KEY, LLM_KEY, SQL_PASSWORD, SlackWorld.BOT_TOKEN,
            SlackWorld.SIGNING_SECRET, DiscordWorld.TOKEN);

    @TempDir
    Path dataDir;

    @Test
    void noSecretAppearsInLogsRepliesErrorsOrStats(CapturedOutput output) throws Exception {
        List<String> seen = new ArrayList<>();
        try (FakeOpenAi model = new FakeOpenAi(); SlackWorld slack = new SlackWorld();
             DiscordWorld discord = new DiscordWorld()) {
            List<String> settings = new ArrayList<>(List.of("cairn.web.api-key=" + WEB_KEY,
                    "cairn.web.api-keys.ops=" + OPS_KEY, "cairn.llm.base-url=" + model.baseUrl(),
                    "cairn.llm.model=fake-model", "cairn.llm.api-key=" + LLM_KEY, "cairn.llm.max-retries=0",
                    "cairn.tools.sql.enabled=true", "cairn.tools.sql.url=jdbc:h2:tcp://127.0.0.1:1/nowhere",
                    "cairn.tools.sql.user=cairn", "cairn.tools.sql.password=" + SQL_PASSWORD,
                    "cairn.admins=web:ops,slack:UADMIN", "logging.level.dev.cairn=DEBUG", "logging.level.root=DEBUG"));
            settings.addAll(slack.properties());
            settings.addAll(discord.properties());
            try (ConfigurableApplicationContext context = RunningCairn.context(dataDir, settings)) {
                Api api = new Api("http://127.0.0.1:" + RunningCairn.port(context));
                Api ops = api.withKey(OPS_KEY);
                slack.connect(RunningCairn.port(context));
                discord.awaitReady();

                // The web API: refused without a key and with a wrong one, then used as ops and as api.
                seen.add(api.ask("ops", "help").body());
                seen.add(api.withKey(WEB_KEY + "x").ask("ops", "help").body());
                seen.add(api.get("/actuator/prometheus").body());
                seen.add(ops.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).body());
                model.then(new FakeOpenAi.ToolCall("call_1", "sql_query", "{\"sql\":\"SELECT count(*) FROM badges\"}"))
                        .then(new FakeOpenAi.Text(List.of("Badges come from the front desk [1]."), 90, 8))
                        .then(new FakeOpenAi.Failure(401))
                        .then(new FakeOpenAi.Failure(500));
                seen.add(ops.ask("ops", "How many visitor badges were given out?").body());
                seen.add(ops.ask("ops", "Where do contractors get a visitor badge?").body());
                seen.add(api.withKey(WEB_KEY).streamChat("ann", "Do contractors accrue annual leave?").body());
                seen.add(ops.postJson("/api/v1/chat", "{\"user\":").body());
                seen.add(ops.ask("ops", "stats").body());
                seen.add(ops.get("/api/v1/stats/prompts").body());
                seen.add(ops.get("/api/v1/knowledge/documents").body());

                // Slack: a question (the model's queue is empty: it fails), and a request with a bad signature.
                seen.add(slack.ask("T1", "CASK", "UADMIN", "How much annual leave do employees accrue?"));
                seen.add(slack.ask("T1", "CSTATS", "UADMIN", "stats"));
                seen.add(slack.askWithBadSignature("T1", "CBAD", "UADMIN", "help"));

                // Discord: a question by mention.
                seen.add(discord.ask("How much annual leave do employees accrue?"));

                String metrics = ops.get("/actuator/prometheus").body();
                seen.add(metrics);
                assertThat(metrics).as("the tool really failed")
                        .contains("cairn_tool_calls_total{ok=\"false\",tool=\"sql_query\"} 1.0");
                assertThat(model.requests).as("the model was called and failed").hasSizeGreaterThanOrEqualTo(4);
                seen.add(slack.everythingSent());
                seen.add(discord.everythingSent());
            }
        }

        String logged = output.getAll();
        assertThat(logged).as("the capture holds the session's logs").contains("web API keys required")
                .contains("answer id=").contains("platform=slack").contains("platform=discord");
        assertThat(seen).as("replies were captured").allSatisfy(body -> assertThat(body).isNotBlank());
        for (String secret : SECRETS) {
            assertHidden(secret, "the logs", logged);
            assertHidden(secret, "the replies", String.join("\n", seen));
        }
    }

    @Test
    void noSlackTokenAppearsWhenSlackUsesSocketMode(CapturedOutput output) throws Exception {
        String sent;
        try (FakeOpenAi model = new FakeOpenAi(); SlackWorld slack = new SlackWorld()) {
            List<String> settings = new ArrayList<>(List.of("cairn.llm.base-url=" + model.baseUrl(),
                    "cairn.llm.model=fake-model", "cairn.llm.api-key=" + LLM_KEY, "cairn.llm.max-retries=0",
                    "logging.level.root=DEBUG"));
            settings.addAll(slack.socketModeProperties());
            try (ConfigurableApplicationContext context = RunningCairn.context(dataDir, settings)) {
                model.then(new FakeOpenAi.Failure(401));
                slack.askOverSocket("T1", "CSOCKET", "UANN", "How much annual leave do employees accrue?");
                assertThat(model.requests).as("the model was called and failed").hasSize(1);
            }
            sent = slack.everythingSent();
        }
        String logged = output.getAll();
        assertThat(logged).as("the capture holds the session's logs").contains("socketMode=true")
                .contains("platform=slack");
        assertThat(sent).isNotBlank();
        for (String secret : List.of(SlackWorld.APP_TOKEN, SlackWorld.BOT_TOKEN, LLM_KEY)) {
            assertHidden(secret, "the logs", logged);
            assertHidden(secret, "what Cairn posted", sent);
        }
    }

    /** Fails with just the lines that show the secret, not megabytes of logs. */
    private static void assertHidden(String secret, String where, String text) {
        assertThat(text.lines().filter(line -> line.contains(secret)).toList())
                .as("lines of %s that show a secret", where).isEmpty();
    }
}
