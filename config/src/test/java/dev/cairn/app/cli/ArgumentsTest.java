package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final Set<String> INGEST = Set.of("url", "scope");

    @Test
    void operandsMayStandBeforeBetweenAndAfterOptions() {
        Arguments a = Arguments.parseWithOperands(
                new String[] {"ingest", "docs", "--url", "http://h:1", "wiki", "--scope=web", "notes"}, INGEST);
        assertThat(a.operands()).containsExactly("docs", "wiki", "notes");
        assertThat(a.required("url")).isEqualTo("http://h:1");
        assertThat(a.optional("scope", "x")).isEqualTo("web");
    }

    @Test
    void aMissingOptionFallsBack() {
        Arguments a = Arguments.parseWithOperands(new String[] {"ingest", "docs"}, INGEST);
        assertThat(a.optional("url", "http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(a.has("url")).isFalse();
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndRepeats() {
        assertThatThrownBy(() -> Arguments.parseWithOperands(new String[] {"ingest", "d", "--verbose"}, INGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> Arguments.parseWithOperands(new String[] {"ingest", "d", "--url"}, INGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("missing value after --url");
        assertThatThrownBy(() -> Arguments.parseWithOperands(new String[] {"ingest", "--url", "--scope", "web"},
                INGEST)).hasMessage("missing value after --url");
        assertThatThrownBy(() -> Arguments.parseWithOperands(new String[] {"ingest", "--url=", "d"}, INGEST))
                .hasMessage("empty value for --url");
        assertThatThrownBy(() -> Arguments.parseWithOperands(
                new String[] {"ingest", "--scope", "web", "--scope=web"}, INGEST)).hasMessage("--scope given twice");
    }

    @Test
    void theOlderFormTakesSeveralValuesAndRefusesOperands() {
        Arguments a = Arguments.parse(new String[] {"grounding", "--min-score", "0.4", "0.5", "--verbose"});
        assertThat(a.doubles("min-score", java.util.List.of())).containsExactly(0.4, 0.5);
        assertThat(a.has("verbose")).isTrue();
        assertThatThrownBy(() -> Arguments.parse(new String[] {"eval", "stray"}))
                .hasMessage("unexpected argument 'stray'");
    }
}
