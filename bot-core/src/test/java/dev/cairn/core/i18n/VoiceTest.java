package dev.cairn.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VoiceTest {
    private final Voice english = new Voice(Messages.bundled(), Language.ENGLISH);
    private final Voice chinese = new Voice(Messages.bundled(), Language.CHINESE);
    private final User nobody = new User("U1", "Ann");
    private final User zhUser = nobody.withLocale(Locale.forLanguageTag("zh-CN"));
    private final User enUser = nobody.withLocale(Locale.US);

    private static InboundMessage from(User user, String text) {
        return InboundMessage.question(Platform.SLACK, "T1", user, text);
    }

    @Test
    void aQuestionsOwnLettersDecideFirst() {
        assertThat(english.of(from(enUser, "年假怎么算？"))).isEqualTo(Language.CHINESE);
        assertThat(chinese.of(from(zhUser, "How is leave counted?"))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void withoutLettersTheUsersLocaleDecidesThenTheDeploymentsLanguage() {
        assertThat(english.of(from(zhUser, ""))).isEqualTo(Language.CHINESE);
        assertThat(chinese.of(from(enUser, "?"))).isEqualTo(Language.ENGLISH);
        assertThat(chinese.of(from(nobody, ""))).isEqualTo(Language.CHINESE);
        assertThat(english.of(nobody.withLocale(Locale.GERMANY))).isEqualTo(Language.ENGLISH);
        assertThat(english.of(nobody.withLocale(Locale.TRADITIONAL_CHINESE))).isEqualTo(Language.CHINESE);
    }

    @Test
    void saysTheSamePhraseInEitherLanguage() {
        Phrase busy = Phrase.of("notice.busy");

        assertThat(english.say(Language.ENGLISH, busy)).startsWith("I'm busy with other requests");
        assertThat(english.say(from(nobody, "现在能问吗"), busy)).isEqualTo("我正在处理其他请求，这次什么也没做；请稍后再试。");
    }

    @Test
    void aPhraseInsideAPhraseIsSaidInTheSameLanguage() {
        Phrase size = Phrase.of("ingest.size", 12, Phrase.of("ingest.passages", 48));

        assertThat(english.say(Language.ENGLISH, "ingest.indexed", "report.pdf", size))
                .isEqualTo("indexed report.pdf: 12 pages, 48 passages");
        assertThat(english.say(Language.CHINESE, "ingest.indexed", "report.pdf", size))
                .isEqualTo("已编入索引 report.pdf：12 页，48 个段落");
        assertThat(english.say(Language.ENGLISH, "ingest.size", 1, Phrase.of("ingest.passages", 1)))
                .isEqualTo("1 page, 1 passage");
        assertThat(english.say(Language.ENGLISH, "ingest.size", 0, Phrase.of("ingest.passages", 1234)))
                .isEqualTo("1,234 passages");
    }

    @Test
    void aSettingNamesALanguageOrIsRefusedWithTheChoices() {
        assertThat(Language.parse("zh-CN")).isEqualTo(Language.CHINESE);
        assertThat(Language.parse("zh_CN")).isEqualTo(Language.CHINESE);
        assertThat(Language.parse(" en ")).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessageContaining("en, zh-CN");
        assertThatThrownBy(() -> Phrase.of("x", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> english.say(Language.ENGLISH, "no.such.key")).hasMessageContaining("no.such.key");
    }
}
