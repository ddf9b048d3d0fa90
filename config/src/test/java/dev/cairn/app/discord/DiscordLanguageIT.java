package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Cairn answers on Discord in the asker's language: a question's own script first; for a click or a command without
 * words, the locale the user's Discord gives with the interaction; else {@code cairn.language} (English here). One
 * answer thread and one queued question, so that a test can fill the pool: the other tests ask one thing at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordLanguageIT {
    private static final Messages TEXTS = Messages.bundled();
    private static final String HAN = ".*\\p{IsHan}.*";
    @TempDir
    static Path dataDir;
    FakeDiscord discord;
    CairnWithDiscord cairn;
    long acme;
    long knowledge;
    long ann;
    long dave;
    long lin;

    @BeforeAll
    void start() throws IOException {
        discord = new FakeDiscord();
        acme = discord.guild("Acme");
        long globex = discord.guild("Globex");
        knowledge = discord.channel(acme, "knowledge");
        for (String name : List.of("questions", "help", "busy", "votes", "asking")) {
            discord.channel(acme, name);
        }
        ann = discord.user("ann", false, acme);
        dave = discord.user("dave", false, acme, globex);
        lin = discord.user("lin", false, acme);
        cairn = CairnWithDiscord.start(dataDir, discord, List.of("cairn.discord.knowledge-channels=" + knowledge,
                "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25",
                "cairn.limits.answer-threads=1", "cairn.limits.answer-queue=1"), GatedAnswerer.Wiring.class);
        discord.awaitReady();
        long handbook = discord.post(knowledge, ann, "", discord.file("handbook.md",
                DiscordAdapterIT.HANDBOOK.getBytes(StandardCharsets.UTF_8)));
        assertThat(discord.replyTo(knowledge, handbook).content()).startsWith("indexed handbook.md");
        long warmUp = discord.post(channel("questions"), ann, discord.mention() + " 第一个中文问题");
        discord.await("the first Chinese answer (Chinese analysis loads then)", Duration.ofSeconds(90),
                c -> c.repliesTo() == warmUp);
    }

    @AfterAll
    void stop() throws IOException {
        CairnWithDiscord.stop(cairn, discord);
    }

    @Test
    void theAskCommandIsDescribedInEnglishAndInChineseForChineseDiscord() {
        JsonNode ask = discord.await("the command registration", c -> c.is("PUT", "applications/\\d+/commands"))
                .body().get(0);

        assertThat(ask.get("description").asString()).isEqualTo(TEXTS.text(Language.ENGLISH, "discord.ask.description"));
        assertThat(ask.get("description_localizations").get("zh-CN").asString())
                .isEqualTo(TEXTS.text(Language.CHINESE, "discord.ask.description")).matches(HAN);
        JsonNode question = ask.get("options").get(0);
        assertThat(question.get("description").asString()).isEqualTo("Your question (or help, or reset)");
        assertThat(question.get("description_localizations").get("zh-CN").asString()).matches(HAN);
    }

    @Test
    void aChineseQuestionWithNoAnswerGetsTheChineseNoAnswerAndAnEnglishOneTheEnglish() {
        long questions = channel("questions");
        long chinese = discord.post(questions, ann, discord.mention() + " 公司的停车场在哪里？");
        assertThat(discord.replyTo(questions, chinese).content())
                .startsWith(TEXTS.text(Language.CHINESE, "answer.no_answer")).matches("(?s)" + HAN);

        long english = discord.post(questions, ann, discord.mention() + " Where is the company car park?");
        assertThat(discord.replyTo(questions, english).content())
                .startsWith(TEXTS.text(Language.ENGLISH, "answer.no_answer"));
    }

    @Test
    void sourcesUnderAnAnswerToAChineseQuestionAreHeadedInChinese() {
        long shared = discord.post(knowledge, ann, "", discord.file("停车.md",
                "# 停车\n\n访客请把车停在车库的负二层。\n".getBytes(StandardCharsets.UTF_8)));
        discord.replyTo(knowledge, shared);
        long questions = channel("questions");
        long question = discord.post(questions, ann, discord.mention() + " 访客应该把车停在哪里？");

        FakeDiscord.Call answer = discord.replyTo(questions, question);
        assertThat(answer.content()).contains("负二层");
        assertThat(answer.embeds().get(0).get("title").asString()).isEqualTo("来源");
        assertThat(answer.embeds().get(0).get("description").asString()).contains("[分享于此](");
    }

    @Test
    void theChineseHelpWordGetsChineseHelpAndHelpGetsEnglishHelp() {
        long help = channel("help");
        long chinese = discord.post(help, ann, discord.mention() + " 帮助");
        assertThat(discord.replyTo(help, chinese).content()).isEqualTo(TEXTS.text(Language.CHINESE, "command.help"))
                .matches("(?s)" + HAN);

        long english = discord.post(help, ann, discord.mention() + " help");
        assertThat(discord.replyTo(help, english).content()).isEqualTo(TEXTS.text(Language.ENGLISH, "command.help"));
    }

    @Test
    void whenThePoolIsFullAChineseQuestionIsToldItIsBusyInChineseAndAnEnglishOneInEnglish() throws Exception {
        long busy = channel("busy");
        GatedAnswerer gate = cairn.bean(GatedAnswerer.class);
        gate.close();
        try {
            long running = discord.post(busy, lin, discord.mention() + " " + GatedAnswerer.HOLD
                    + " how much annual leave do employees accrue?");
            gate.awaitHeld();
            long queued = discord.post(busy, lin, discord.mention() + " Do contractors accrue annual leave?");
            long chinese = discord.post(busy, lin, discord.mention() + " 合同工有年假吗？");
            long english = discord.post(busy, lin, discord.mention() + " Do contractors get leave?");

            assertThat(discord.replyTo(busy, chinese).content()).isEqualTo(TEXTS.text(Language.CHINESE, "notice.busy"))
                    .matches(HAN);
            assertThat(discord.replyTo(busy, english).content()).isEqualTo(TEXTS.text(Language.ENGLISH, "notice.busy"));
            gate.open();
            assertThat(discord.replyTo(busy, running).content()).isNotEqualTo(TEXTS.text(Language.ENGLISH, "notice.busy"));
            assertThat(discord.replyTo(busy, queued).content()).contains("Contractors do not accrue annual leave");
        } finally {
            gate.open();
        }
    }

    @Test
    void anEmptyFileSharedWithChineseWordsIsRefusedInChineseAndWithoutWordsInCairnsEnglish() {
        long chinese = discord.post(knowledge, ann, "这是新的请假制度", discord.file("请假制度.txt", new byte[0]));
        assertThat(discord.replyTo(knowledge, chinese).content())
                .isEqualTo(TEXTS.text(Language.CHINESE, "ingest.error.empty", "请假制度.txt"))
                .isEqualTo("请假制度.txt 是空文件，未编入索引。");

        long wordless = discord.post(knowledge, ann, "", discord.file("empty.txt", new byte[0]));
        assertThat(discord.replyTo(knowledge, wordless).content())
                .isEqualTo("empty.txt is empty; nothing was indexed.");
    }

    @Test
    void aVoteIsThankedInTheLanguageOfTheVotersDiscord() {
        long votes = channel("votes");
        long question = discord.post(votes, ann, discord.mention() + " How much annual leave do employees accrue?");
        FakeDiscord.Call answer = discord.replyTo(votes, question);
        List<String> buttons = FakeDiscord.buttons(answer);

        FakeDiscord.Interaction chinese = discord.click(votes, answer.messageId(), ann, buttons.get(0), "zh-CN");
        assertThat(followUp(chinese).content()).isEqualTo(TEXTS.text(Language.CHINESE, "discord.vote.thanks"))
                .isEqualTo("谢谢，已记录你对这条回答的评价。");
        FakeDiscord.Interaction english = discord.click(votes, answer.messageId(), dave, buttons.get(1), "en-US");
        assertThat(followUp(english).content()).isEqualTo("Thanks, your vote on this answer was recorded.");
        FakeDiscord.Interaction unknown = discord.click(votes, answer.messageId(), ann,
                "vote:up:00000000-0000-0000-0000-000000000000", "zh-CN");
        assertThat(followUp(unknown).content())
                .isEqualTo(TEXTS.text(Language.CHINESE, "discord.vote.unknown_answer")).matches(HAN);
    }

    @Test
    void aCommandIsAnsweredInTheLanguageOfTheUsersDiscordUnlessItsWordsSayOtherwise() {
        long asking = channel("asking");
        assertThat(original(discord.ask(0, dave, "2 + 2", "zh-CN")).content())
                .as("dave shares two servers, so a direct /ask is refused")
                .isEqualTo(TEXTS.text(Language.CHINESE, "discord.notice.dm_no_server")).matches(HAN);
        assertThat(original(discord.ask(0, dave, "2 + 2", "en-US")).content())
                .startsWith("I can only answer direct messages from people who share");
        assertThat(original(discord.ask(asking, ann, "help", "zh-CN")).content())
                .isEqualTo(TEXTS.text(Language.CHINESE, "command.help"));
        assertThat(original(discord.ask(asking, ann, "help", "en-US")).content())
                .isEqualTo(TEXTS.text(Language.ENGLISH, "command.help"));
        assertThat(original(discord.ask(asking, ann, "帮助", "en-US")).content())
                .isEqualTo(TEXTS.text(Language.CHINESE, "command.help"));
        assertThat(original(discord.ask(asking, ann, "Where is the company car park?", "zh-CN")).content())
                .startsWith(TEXTS.text(Language.ENGLISH, "answer.no_answer"));
    }

    private long channel(String name) {
        return discord.channelId(acme, name);
    }


    private FakeDiscord.Call original(FakeDiscord.Interaction interaction) {
        return discord.await("the response to " + interaction, c -> c.is("PATCH", "webhooks/\\d+/"
                + interaction.token() + "/messages/@original"));
    }

    private FakeDiscord.Call followUp(FakeDiscord.Interaction interaction) {
        return discord.await("the ephemeral reply to " + interaction, c -> c.is("POST", "webhooks/\\d+/"
                + interaction.token()));
    }
}
