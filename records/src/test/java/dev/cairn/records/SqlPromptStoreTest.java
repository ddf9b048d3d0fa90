package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRefresh;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import dev.cairn.core.prompt.TemplateEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Saved prompt templates kept in the records database: saved through one replica, they are in effect on the other
 * within 5 s, survive a restart and keep their variants.
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlPromptStoreTest {
    /** Renders a template as its own text: the store and the book are under test, not Mustache. */
    private static final TemplateEngine LITERAL = (name, source) -> new TemplateEngine.CompiledText() {
        @Override
        public List<TemplateEngine.Tag> tags() {
            return List.of();
        }

        @Override
        public String render(Map<String, Object> values) {
            return source;
        }
    };

    @Parameter
    RecordsEngine engine;

    @TempDir
    Path dataDir;
    private DatabaseAddress address;
    private RecordsDatabase databaseA;
    private RecordsDatabase databaseB;

    @BeforeEach
    void openTwoReplicas() {
        address = engine.fresh(dataDir);
        databaseA = RecordsDatabase.open(address);
        databaseB = RecordsDatabase.open(address);
    }

    @AfterEach
    void close() {
        databaseA.close();
        databaseB.close();
    }

    private static PromptTemplate named(String name, String greeting) {
        return new PromptTemplate(name, new PromptParts("", greeting, ""), List.of());
    }

    private static PromptBook book(RecordsDatabase database) {
        return new PromptBook(LITERAL, new SqlPromptStore(database, Clock.systemUTC()),
                List.of(named("team", "configured")), List.of(), "team");
    }

    private static String greeting(PromptBook book) {
        return book.catalog().template("team").orElseThrow().parts().greeting();
    }

    @Test
    void aTemplateSavedThroughAIsInEffectOnBWithinFiveSeconds() throws Exception {
        PromptBook a = book(databaseA);
        PromptBook b = book(databaseB);
        assertThat(greeting(b)).isEqualTo("configured");

        try (PromptRefresh refresh = PromptRefresh.every(b, Duration.ofSeconds(2))) {
            a.save(named("team", "saved through A"));
            long saved = System.nanoTime();
            while (!greeting(b).equals("saved through A") && System.nanoTime() - saved < 5_000_000_000L) {
                Thread.sleep(50);
            }
        }

        assertThat(greeting(b)).isEqualTo("saved through A");
        assertThat(greeting(a)).isEqualTo("saved through A");
    }

    @Test
    void refreshReloadsOnlyWhenAnotherSaveHappened() {
        PromptBook a = book(databaseA);
        PromptBook b = book(databaseB);
        assertThat(b.refresh()).isFalse();

        a.save(named("team", "one"));
        assertThat(b.refresh()).isTrue();
        assertThat(b.refresh()).isFalse();
        a.save(named("team", "two"));
        a.save(named("other", "new"));

        assertThat(b.refresh()).isTrue();
        assertThat(greeting(b)).isEqualTo("two");
        assertThat(b.catalog().template("other")).isPresent();
    }

    @Test
    void savedTemplatesAndTheirVariantsSurviveARestart() {
        SqlPromptStore store = new SqlPromptStore(databaseA, Clock.systemUTC());
        PromptTemplate tone = new PromptTemplate("tone", new PromptParts("sys", "", "none"), List.of(
                new PromptVariant("brief", 2, new PromptParts("", "brief", "")),
                new PromptVariant("warm", 0.5, new PromptParts("", "warm {{user.name}}", ""))));
        store.save(tone);
        store.save(named("team", "first"));
        store.save(named("team", "second"));
        databaseA.close();
        databaseB.close();

        databaseA = RecordsDatabase.open(address);
        databaseB = RecordsDatabase.open(address);
        SqlPromptStore reopened = new SqlPromptStore(databaseB, Clock.systemUTC());
        assertThat(reopened.load()).containsExactly(named("team", "second"), tone);
        assertThat(reopened.contains("tone")).isTrue();
        assertThat(reopened.contains("nope")).isFalse();
        assertThat(reopened.revision()).as("three saves").isEqualTo(3);
    }

    @Test
    void aRowThatIsNotATemplateIsNamedWhenLoading() throws Exception {
        try (var connection = databaseA.connection(); var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO prompt_templates (name, template, version, saved_at) VALUES "
                    + "('broken', '{\"name\": \"other\"}', 1, CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> new SqlPromptStore(databaseB, Clock.systemUTC()).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken cannot be read").hasMessageContaining("'other'");
    }
}
