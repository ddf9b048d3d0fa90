package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.i18n.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class CairnPropertiesTest {

    @Test
    void aBadAdminEntryStopsStartupNamingTheSettingAndTheEntry() {
        assertThatThrownBy(() -> admins(List.of("slack:U1", "teams:U2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cairn.admins: admin entry 'teams:U2'");
    }

    @Test
    void aLanguageCairnDoesNotSpeakStopsStartupNamingTheSettingAndTheChoices() {
        assertThatThrownBy(() -> new CairnProperties(Path.of("data"), null, null, null, null, List.of(), null, null,
                "fr")).hasMessage("cairn.language: 'fr' is not a language Cairn speaks; use one of en, zh-CN");
        assertThat(new CairnProperties(Path.of("data"), null, null, null, null, List.of(), null, null, "zh_CN")
                .spokenLanguage()).isEqualTo(Language.CHINESE);
        assertThat(new CairnProperties(Path.of("data"), null, null, null, null, List.of(), null, null, null)
                .spokenLanguage()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void adminsMayBeBareOrQualifiedAndBlankEntriesAreSkipped() {
        assertThat(admins(List.of("U1", " discord:42 ", " ", "")).admins()).containsExactly("U1", "discord:42");
    }

    private static CairnProperties admins(List<String> admins) {
        return new CairnProperties(Path.of("data"), null, null, null, null, admins, null, null, null);
    }

    @Test
    void namedWebKeysComeFromTheEnvironmentAsCairnWebApiKeysName() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                        "CAIRN_WEB_API_KEYS_ANN", "key-of-ann", "CAIRN_WEB_API_KEYS_CI_BOT", "key-of-ci",
                        "CAIRN_WEB_API_KEY", "the-single-key")));
        new WebKeysFromEnvironment().postProcessEnvironment(environment, null);

        CairnProperties.Web web = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("cairn", CairnProperties.class).web();

        assertThat(web.keys()).containsExactly(Map.entry("api", "the-single-key"), Map.entry("ann", "key-of-ann"),
                Map.entry("ci_bot", "key-of-ci"));
    }

    @Test
    void webKeysAndTheRateLimitHaveDefaultsAndNeverShowKeysInTheirText() {
        CairnProperties none = bind(new MapPropertySource("none", Map.of()));
        assertThat(none.web().keys()).isEmpty();
        assertThat(none.limits().questionsPerMinute()).isEqualTo(20);

        CairnProperties.Web web = new CairnProperties.Web("s3cret-single", Map.of("ann", "s3cret-ann"));
        assertThat(web.toString()).contains("api", "ann").doesNotContain("s3cret");
    }

    @Test
    void twoNamesWithOneKeyOrTwoKeysForApiStopStartup() {
        assertThatThrownBy(() -> new CairnProperties.Web("", Map.of("ann", "same", "bob", "same")))
                .hasMessageStartingWith("cairn.web.api-keys: two API keys have the same value")
                .hasMessageNotContaining("same,");
        assertThatThrownBy(() -> new CairnProperties.Web("one", Map.of("api", "two")))
                .hasMessageStartingWith("cairn.web.api-keys.api and cairn.web.api-key");
        assertThatThrownBy(() -> new CairnProperties.Web("", Map.of("bad name", "k1")))
                .hasMessageContaining("'bad name'");
        assertThatThrownBy(() -> new CairnProperties.Limits(-1, 32, 500))
                .hasMessageStartingWith("cairn.limits.questions-per-minute");
        assertThatThrownBy(() -> new CairnProperties.Limits(20, 0, 500))
                .hasMessageStartingWith("cairn.limits.answer-threads");
        assertThatThrownBy(() -> new CairnProperties.Limits(20, 32, 0))
                .hasMessageStartingWith("cairn.limits.answer-queue");
    }

    private static CairnProperties bind(org.springframework.core.env.PropertySource<?> source) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(source);
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("cairn", CairnProperties.class);
    }
}
