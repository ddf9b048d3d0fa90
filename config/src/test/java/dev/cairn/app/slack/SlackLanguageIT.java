package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.slack.FakeSlack.Call;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.model.openai.FakeOpenAi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Cairn in Slack speaks the asker's language: a question's own script decides the language of what Cairn says around
 * it (no answer, help, busy, labels); a text tied to no question (a file report, a vote's thanks) is in the user's
 * Slack locale from {@code users.info}, else in {@code cairn.language} (here English).
 */
class SlackLanguageIT {
    static final String KNOWLEDGE = "CKNOWLANG";
    private static final Messages MESSAGES = Messages.bundled();
    private static final AtomicInteger ids = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static FakeSlack fake;
    static SlackCairn cairn;

    @BeforeAll
    static void start() {
        fake = FakeSlack.start();
        cairn = SlackCairn.start(dataDir, fake, "cairn.slack.knowledge-channels=" + KNOWLEDGE,
                "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25");
    }

    @AfterAll
    static void stop() {
        if (cairn != null) {
            cairn.close();
        }
        fake.close();
    }

    private static String id(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    /** {@code /ask question} by {@code user} in a fresh channel; the answer Cairn posted there. */
    private static Call ask(SlackCairn app, String team, String user, String question) {
        String channel = id("CLANG");
        SlackSender.Reply ack = app.slack.command(team, channel, user, question, fake.responseUrl(channel));
        assertThat(ack.status()).isEqualTo(200);
        return fake.awaitPostIn(channel);
    }

    /** {@code /ask text} by {@code user}: what Cairn showed only to them. */
    private static String command(String team, String user, String text) {
        String channel = id("CCMD");
        cairn.slack.command(team, channel, user, text, fake.responseUrl(channel));
        return fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals(channel)).param("text");
    }

    /** {@code user} shares a file in the knowledge channel; Cairn's report in the message's thread. */
    private static String share(SlackCairn app, String team, String user, String name, String mimetype,
                                byte[] bytes) {
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(fileId, name, mimetype, bytes, KNOWLEDGE, ts);
        assertThat(app.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(KNOWLEDGE, user, ts, fileId, name),
                0).status()).isEqualTo(200);
        return fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(KNOWLEDGE)
                && c.param("thread_ts").equals(ts)).allText();
    }

    private static String buttonLabels(Call call) {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : call.blocks()) {
            if (block.get("type").asString().equals("actions")) {
                block.get("elements").forEach(e -> out.append(e.get("text").get("text").asString()).append('\n'));
            }
        }
        return out.toString();
    }

    private static String voteValue(Call call) {
        for (JsonNode block : call.blocks()) {
            if (block.get("type").asString().equals("actions")) {
                return block.get("elements").get(0).get("value").asString();
            }
        }
        throw new AssertionError("no vote buttons in " + call.params());
    }

    @Test
    void aChineseQuestionWithNoAnswerIsToldSoInChineseAndAnEnglishOneInEnglish() {
        Call chinese = ask(cairn, "TNONE", "UZHASK", "公司的停车位怎么申请？");
        Call english = ask(cairn, "TNONE", "UENASK", "How do I apply for a parking space?");

        assertThat(chinese.allText()).contains(MESSAGES.text(Language.CHINESE, "answer.no_answer"))
                .contains("<@UZHASK> 问：公司的停车位怎么申请？").doesNotContain(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"))
                .doesNotContain("asked:");
        assertThat(buttonLabels(chinese)).isEqualTo("👍 有帮助\n👎 没帮助\n");
        assertThat(english.allText()).contains(MESSAGES.text(Language.ENGLISH, "answer.no_answer"))
                .contains("<@UENASK> asked: How do I apply for a parking space?");
        assertThat(buttonLabels(english)).isEqualTo("👍 Helpful\n👎 Not helpful\n");
    }

    @Test
    void chineseHelpIsShownInChineseAndEnglishHelpInEnglish() {
        String chinese = command("THELPZH", "UZHHELP", "帮助");
        String english = command("THELPZH", "UENHELP", "help");

        assertThat(chinese).contains("重置（reset）：忘掉这段对话，重新开始。").contains("/ask &lt;问题&gt;")
                .doesNotContain("forget our conversation");
        assertThat(english).contains("reset: forget our conversation").contains("/ask &lt;question&gt;");
    }

    @Test
    void aQuestionWithoutLettersIsAnsweredInTheAskersSlackLanguage() {
        fake.speaks("UZHEMPTY", "zh-CN");

        assertThat(command("TEMPTY", "UZHEMPTY", "")).isEqualTo(MESSAGES.text(Language.CHINESE, "usage"));
        assertThat(command("TEMPTY", "UNOLOCALE2", "")).isEqualTo(MESSAGES.text(Language.ENGLISH, "usage"));
    }

    @Test
    void aFailedUploadIsReportedInTheSharersSlackLanguageElseInCairnsLanguage() {
        fake.speaks("UZHFILE", "zh-CN");
        fake.speaks("UENFILE", "en-US");
        byte[] empty = new byte[0];

        String chinese = share(cairn, "TFILES", "UZHFILE", "notes.txt", "text/plain", empty);
        String english = share(cairn, "TFILES", "UENFILE", "notes.txt", "text/plain", empty);
        String noLocale = share(cairn, "TFILES", "UNOLOCALE", "notes.txt", "text/plain", empty);

        assertThat(fake.calls("users.info")).filteredOn(c -> c.param("user").equals("UZHFILE")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.param("include_locale")).isIn("true", "1"));
        assertThat(chinese).contains(MESSAGES.text(Language.CHINESE, "ingest.error.empty", "notes.txt"))
                .contains("notes.txt 是空文件，未编入索引。");
        assertThat(english).contains("notes.txt is empty; nothing was indexed.");
        assertThat(noLocale).contains("notes.txt is empty; nothing was indexed.");
    }

    @Test
    void aFileOfATypeCairnCannotReadIsRefusedInChineseForAChineseSpeaker() {
        fake.speaks("UZHPNG", "zh-CN");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0};

        String report = share(cairn, "TPNG", "UZHPNG", "photo.png", "image/png", png);

        assertThat(report).startsWith("photo.png 是 ").contains("Cairn 读不了").doesNotContain("cannot read");
    }

    @Test
    void aDownloadSlackRefusesIsExplainedInTheSharersSlackLanguage() {
        fake.speaks("UZHHTML", "zh-CN");
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFileBehindSignInPage(fileId, "policy.pdf", "application/pdf", KNOWLEDGE, ts);

        cairn.slack.event("THTMLZH", id("Ev"), SlackPayloads.fileShareMessage(KNOWLEDGE, "UZHHTML", ts, fileId,
                "policy.pdf"), 0);

        assertThat(fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(ts)).allText())
                .startsWith("无法读取 policy.pdf（Slack 返回的是登录页面而不是文件").contains("files:read")
                .contains("未编入索引").doesNotContain("sign-in");
    }

    @Test
    void anIndexingReportIsInTheSharersSlackLanguage() {
        fake.speaks("UZHDOC", "zh-CN");
        String report = share(cairn, "TDOC", "UZHDOC", "wifi.txt", "text/plain",
                "The guest wifi password rotates every Monday.".getBytes(StandardCharsets.UTF_8));

        assertThat(report).startsWith("已编入索引 wifi.txt：").doesNotContain("indexed");
    }

    @Test
    void aVoteIsThankedInTheVotersSlackLanguage() {
        fake.speaks("UZHVOTE", "zh-CN");
        Call answer = ask(cairn, "TVOTELANG", "UENASK", "Where do I park my bike?");

        cairn.slack.interaction(SlackPayloads.buttonClick("TVOTELANG", answer.param("channel"), "UZHVOTE",
                fake.nextTs(), "cairn_vote_up", voteValue(answer), fake.responseUrl("vote-zh")));
        cairn.slack.interaction(SlackPayloads.buttonClick("TVOTELANG", answer.param("channel"), "UENVOTE",
                fake.nextTs(), "cairn_vote_up", voteValue(answer), fake.responseUrl("vote-en")));

        assertThat(fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UZHVOTE")).param("text"))
                .isEqualTo(MESSAGES.text(Language.CHINESE, "slack.vote.thanks_up"));
        assertThat(fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UENVOTE")).param("text"))
                .isEqualTo("Thanks! Your :+1: on this answer was recorded.");
    }

    @Test
    void whenTheAnswerPoolIsFullAChineseQuestionIsToldInChineseAndAnEnglishOneInEnglish(@TempDir Path busyDir)
            throws Exception {
        String leave = "Employees accrue four hours of annual leave per pay period [1].";
        try (FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(6_000), leave);
             SlackCairn busy = SlackCairn.start(busyDir, fake, "cairn.slack.knowledge-channels=" + KNOWLEDGE,
                     "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=slow", "cairn.llm.api-key=sk-test",
                     "cairn.llm.max-retries=0", "cairn.limits.answer-threads=1", "cairn.limits.answer-queue=1",
                     "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25")) {
            assertThat(share(busy, "TBUSY", "UANN", "leave.txt", "text/plain",
                    "Employees accrue four hours of annual leave per pay period.".getBytes(StandardCharsets.UTF_8)))
                    .contains("indexed leave.txt");
            String question = "How much annual leave do employees accrue?";
            assertThat(busy.slack.command("TBUSY", "CBUSY1", "UONE", question, fake.responseUrl("b1")).body())
                    .isEmpty();
            FakeSlack.await(() -> model.requests.stream().findFirst(), "the first question to reach the model");
            assertThat(busy.slack.command("TBUSY", "CBUSY2", "UTWO", question, fake.responseUrl("b2")).body())
                    .as("queued").isEmpty();

            SlackSender.Reply chinese = busy.slack.command("TBUSY", "CBUSY3", "UZHBUSY", "员工的年假是怎么累积的？",
                    fake.responseUrl("b3"));
            SlackSender.Reply english = busy.slack.command("TBUSY", "CBUSY4", "UENBUSY", question,
                    fake.responseUrl("b4"));

            assertThat(chinese.status()).isEqualTo(200);
            assertThat(FakeSlack.JSON.readTree(chinese.body()).get("text").asString())
                    .isEqualTo(MESSAGES.text(Language.CHINESE, "notice.busy"));
            assertThat(FakeSlack.JSON.readTree(english.body()).get("text").asString())
                    .isEqualTo("I'm busy with other requests right now, so nothing was done; please try again in a "
                            + "moment.");
        }
    }
}
