package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@code cairn.database.*}: empty means the embedded H2 database, the environment's {@code CAIRN_DATABASE_*} variables
 * set it, a URL that is no JDBC URL stops startup naming the setting, and the password never shows in its text.
 */
class DatabaseSettingsTest {

    @Test
    void withoutAUrlTheEmbeddedDatabaseIsUsed() {
        CairnProperties.Database database = bind(Map.of()).database();

        assertThat(database.embedded()).isTrue();
        assertThat(database.username()).isEmpty();
    }

    @Test
    void theEnvironmentsCairnDatabaseVariablesSetUrlUserAndPassword() {
        CairnProperties.Database database = bind(Map.of("CAIRN_DATABASE_URL", " jdbc:postgresql://db:5432/cairn ",
                "CAIRN_DATABASE_USERNAME", "cairn", "CAIRN_DATABASE_PASSWORD", "s3cret-pw")).database();

        assertThat(database.embedded()).isFalse();
        assertThat(database.url()).isEqualTo("jdbc:postgresql://db:5432/cairn");
        assertThat(database.username()).isEqualTo("cairn");
        assertThat(database.password()).isEqualTo("s3cret-pw");
        assertThat(database.toString()).contains("jdbc:postgresql://db:5432/cairn").doesNotContain("s3cret");
    }

    @Test
    void aPasswordInTheUrlIsHiddenFromItsText() {
        CairnProperties.Database database = new CairnProperties.Database(
                "jdbc:postgresql://db/cairn?user=c&password=s3cret-pw&ssl=true", "", "");

        assertThat(database.toString()).contains("password=(hidden)&ssl=true").doesNotContain("s3cret");
    }

    @Test
    void aUrlThatIsNoJdbcUrlStopsStartupNamingTheSetting() {
        assertThatThrownBy(() -> new CairnProperties.Database("postgres://db:5432/cairn", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cairn.database.url must be a JDBC URL");
    }

    private static CairnProperties bind(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("cairn", CairnProperties.class);
    }
}
