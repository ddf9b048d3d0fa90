package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.KnowledgeException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cairn's own words follow the question's script, then the sender's locale, then the deployment's language. */
class SpeaksTheAskersLanguageTest {
    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase();
    private final CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 100);
    private final ScopePolicy scopes = new ScopePolicy(Set.of());
    private final QuestionRateLimitTest.MovableClock clock = new QuestionRateLimitTest.MovableClock(
            java.time.Instant.parse("2026-12-05T10:00:00Z"));
    private final Voice voice = new Voice(Messages.bundled(), Language.ENGLISH);
    private final Dispatcher dispatcher = new Dispatcher(
            new BuiltInCommands(memory, Admins.NONE, AnswerStats.NONE, voice), new FileIntake(knowledge, scopes),
            Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(), 5, 0.1, Clock.systemUTC()),
            (message, reply) -> { }, new QuestionRateLimit(1, clock), voice);
    private final User plain = new User("U1", "Ann");
    private final User chineseLocale = new User("U2", "Li").withLocale(Locale.SIMPLIFIED_CHINESE);

    private String say(User user, String text) {
        return dispatcher.handle(InboundMessage.question(Platform.SLACK, "T1", user, text)).text();
    }

    private static String chinese(String key, Object... args) {
        return Messages.bundled().text(Language.CHINESE, key, args);
    }

    @Test
    void helpIsChineseForTheChineseWordOrAChineseLocaleAndEnglishOtherwise() {
        assertThat(say(plain, "帮助")).isEqualTo(chinese("command.help")).startsWith("凡是团队文档里写到的内容");
        assertThat(say(chineseLocale, "help")).isEqualTo(chinese("command.help"));
        assertThat(say(plain, "help")).isEqualTo(English.of("command.help"));
        assertThat(say(plain, "重置")).isEqualTo(chinese("command.reset"));
        assertThat(say(plain, "统计")).isEqualTo(chinese("command.admins_only"));
    }

    @Test
    void aBlankMessageGetsTheUsageInTheSendersLanguage() {
        assertThat(say(chineseLocale, " ")).isEqualTo(chinese("usage"));
        assertThat(say(plain, " ")).isEqualTo(English.of("usage"));
    }

    @Test
    void aRefusedQuestionIsRefusedInItsLanguage() {
        say(plain, "年假有几天？");

        assertThat(say(plain, "病假有几天？")).isEqualTo("你在一分钟内已经问了 1 个问题，请 60 秒后再试。");
        assertThat(say(chineseLocale.withLocale(Locale.SIMPLIFIED_CHINESE), "年假有几天？")).doesNotContain("一分钟内");
        assertThat(say(plain, "How many sick days?")).isEqualTo(English.of("rate.limited", 1, 60));
    }

    @Test
    void anUnreachableKnowledgeBaseIsReportedInTheQuestionsLanguage() {
        knowledge.unreachable = Optional.of(new KnowledgeException("down", null));

        assertThat(say(plain, "年假有几天？")).isEqualTo(chinese("knowledge.unavailable"));
    }

    @Test
    void aFileReportIsInTheUploadersLanguage() {
        assertThat(upload(chineseLocale)).isEqualTo("blank.txt 是空文件，未编入索引。");
        assertThat(upload(plain)).isEqualTo("blank.txt is empty; nothing was indexed.");
    }

    private String upload(User user) {
        Attachment empty = new Attachment("blank.txt", "text/plain", 0, Optional.empty(), "F2",
                () -> new ByteArrayInputStream(new byte[0]));
        return dispatcher.handle(new InboundMessage(Platform.SLACK, "T1", "C1", "", user, "", List.of(empty),
                MessageKind.FILE, "")).text();
    }
}
