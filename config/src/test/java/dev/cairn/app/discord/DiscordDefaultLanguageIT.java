package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment set to {@code cairn.language=zh-CN}: what Discord sends without words or a locale (a file dropped
 * without a message, a bare mention) is answered in Chinese; English words, or an English Discord locale on an
 * interaction, still get English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordDefaultLanguageIT {
    private static final Messages TEXTS = Messages.bundled();
    @TempDir
    static Path dataDir;
    FakeDiscord discord;
    CairnWithDiscord cairn;
    long acme;
    long knowledge;
    long general;
    long ann;

    @BeforeAll
    void start() throws IOException {
        discord = new FakeDiscord();
        acme = discord.guild("Acme");
        knowledge = discord.channel(acme, "knowledge");
        general = discord.channel(acme, "general");
        ann = discord.user("ann", false, acme);
        cairn = CairnWithDiscord.start(dataDir, discord, List.of("cairn.language=zh-CN",
                "cairn.discord.knowledge-channels=" + knowledge, "cairn.knowledge.embeddings.model=none",
                "cairn.knowledge.retrieval.mode=bm25"));
        discord.awaitReady();
    }

    @AfterAll
    void stop() throws IOException {
        CairnWithDiscord.stop(cairn, discord);
    }

    @Test
    void aFileDroppedWithoutWordsIsReportedInChineseAndOneWithEnglishWordsInEnglish() {
        long wordless = discord.post(knowledge, ann, "", discord.file("empty.txt", new byte[0]));
        assertThat(discord.replyTo(knowledge, wordless).content()).isEqualTo("empty.txt 是空文件，未编入索引。");

        long english = discord.post(knowledge, ann, "our new leave policy", discord.file("policy.txt", new byte[0]));
        assertThat(discord.replyTo(knowledge, english).content()).isEqualTo("policy.txt is empty; nothing was indexed.");
    }

    @Test
    void aFileSharedOutsideTheKnowledgeChannelGetsTheChineseWayThere() {
        long shared = discord.post(general, ann, discord.mention(), discord.file("notes.md",
                "Lunch is served at one.".getBytes(StandardCharsets.UTF_8)));

        assertThat(discord.replyTo(general, shared).content())
                .isEqualTo(TEXTS.text(Language.CHINESE, "discord.notice.files_elsewhere", "<#" + knowledge + ">"))
                .startsWith("我只为知识频道里分享的文件编入索引：<#" + knowledge + ">");
    }

    @Test
    void anEnglishCommandWordIsAnsweredInChineseByMentionAndInEnglishToAnEnglishDiscord() {
        long mention = discord.post(general, ann, discord.mention() + " help");
        assertThat(discord.replyTo(general, mention).content()).isEqualTo(TEXTS.text(Language.CHINESE, "command.help"));

        FakeDiscord.Interaction ask = discord.ask(general, ann, "help", "en-US");
        assertThat(discord.await("the /ask response", c -> c.is("PATCH", "webhooks/\\d+/" + ask.token()
                + "/messages/@original")).content()).isEqualTo(TEXTS.text(Language.ENGLISH, "command.help"));
    }
}
