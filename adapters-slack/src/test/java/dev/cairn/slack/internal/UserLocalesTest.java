package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiErrorResponse;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Voice;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserLocalesTest {
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> asked = new ArrayList<>();

    private static UsersInfoResponse ok(String locale) {
        User user = new User();
        user.setId("U1");
        user.setLocale(locale);
        UsersInfoResponse response = new UsersInfoResponse();
        response.setOk(true);
        response.setUser(user);
        return response;
    }

    private static UsersInfoResponse error(String code) {
        UsersInfoResponse response = new UsersInfoResponse();
        response.setOk(false);
        response.setError(code);
        return response;
    }

    /** Slack as a table of users: a locale tag, or an error code prefixed with {@code !}; unknown users throw. */
    private UserLocales locales(Map<String, String> slack) {
        return new UserLocales(user -> {
            asked.add(user);
            String answer = slack.get(user);
            if (answer == null) {
                throw new IOException("connection refused");
            }
            return answer.startsWith("!") ? error(answer.substring(1)) : ok(answer);
        }, Duration.ofHours(1), 100, nanos::get);
    }

    @Test
    void aUsersSlackLocaleDecidesTheLanguageOfTextsTiedToNoQuestion() {
        UserLocales locales = locales(Map.of("UZH", "zh-CN", "UEN", "en-US", "UTW", "zh_TW"));
        Voice voice = new Voice(Messages.bundled(), Language.ENGLISH);

        assertThat(locales.of("T1", "UZH")).contains(Locale.forLanguageTag("zh-CN"));
        assertThat(voice.of(locales.located("T1", new dev.cairn.core.User("UZH", null)))).isEqualTo(Language.CHINESE);
        assertThat(voice.of(locales.located("T1", new dev.cairn.core.User("UTW", null)))).isEqualTo(Language.CHINESE);
        assertThat(voice.of(locales.located("T1", new dev.cairn.core.User("UEN", null)))).isEqualTo(Language.ENGLISH);
        assertThat(new Voice(Messages.bundled(), Language.CHINESE).of(locales.located("T1",
                new dev.cairn.core.User("UEN", null)))).as("the locale wins over cairn.language")
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void slackIsAskedOncePerUserWithinTheHourAndAgainAfterIt() {
        UserLocales locales = locales(Map.of("UZH", "zh-CN"));

        locales.of("T1", "UZH");
        locales.of("T1", "UZH");
        nanos.addAndGet(Duration.ofMinutes(59).toNanos());
        locales.of("T1", "UZH");
        assertThat(asked).containsExactly("UZH");

        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(locales.of("T1", "UZH")).contains(Locale.forLanguageTag("zh-CN"));
        assertThat(asked).containsExactly("UZH", "UZH");
    }

    @Test
    void whenSlackCannotSayTheUserHasNoLocaleAndTheDeploymentsLanguageIsUsedWithoutAskingAgainWithinTheHour() {
        UserLocales locales = locales(Map.of("USCOPE", "!missing_scope", "UBLANK", ""));
        Voice chinese = new Voice(Messages.bundled(), Language.CHINESE);

        assertThat(locales.of("T1", "USCOPE")).isEmpty();
        assertThat(locales.of("T1", "UGONE")).as("an I/O failure").isEmpty();
        assertThat(locales.of("T1", "UBLANK")).isEmpty();
        assertThat(chinese.of(locales.located("T1", new dev.cairn.core.User("USCOPE", null))))
                .isEqualTo(Language.CHINESE);
        locales.of("T1", "UGONE");
        assertThat(asked).containsExactly("USCOPE", "UGONE", "UBLANK");
    }

    @Test
    void aFailureOfTheCallItselfNeverReachesTheCaller() {
        SlackApiErrorResponse limited = new SlackApiErrorResponse();
        limited.setOk(false);
        limited.setError("ratelimited");
        UserLocales locales = new UserLocales(user -> {
            throw new SlackApiException(null, "{\"ok\":false,\"error\":\"ratelimited\"}", limited);
        }, Duration.ofHours(1), 100, nanos::get);
        UserLocales broken = new UserLocales(user -> {
            throw new IllegalStateException("gson choked");
        }, Duration.ofHours(1), 100, nanos::get);

        assertThat(broken.of("T1", "U1")).isEmpty();
        assertThat(locales.located("T1", new dev.cairn.core.User("U1", null)).locale()).isEqualTo(Optional.empty());
    }

    @Test
    void noUserIsNeverLookedUp() {
        UserLocales locales = locales(Map.of());

        assertThat(locales.of("T1", "")).isEmpty();
        assertThat(locales.of("T1", null)).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void usersOfDifferentWorkspacesAreKeptApart() {
        UserLocales locales = locales(Map.of("U1", "zh-CN"));

        locales.of("T1", "U1");
        locales.of("T2", "U1");

        assertThat(asked).containsExactly("U1", "U1");
    }
}
