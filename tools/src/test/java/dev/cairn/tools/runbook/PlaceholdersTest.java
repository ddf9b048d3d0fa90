package dev.cairn.tools.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void fillsEveryPlaceholderInOnePassWithoutReadingValuesAgain() {
        Placeholders text = Placeholders.parse("{{a}} then {{ b }} then {{a}}");

        assertThat(text.fill(Map.of("a", "{{b}}", "b", "B"), v -> v)).isEqualTo("{{b}} then B then {{b}}");
        assertThat(text.names()).containsExactly("a", "b");
    }

    @Test
    void textThatOnlyLooksLikeAPlaceholderStaysLiteral() {
        Placeholders text = Placeholders.parse("{{ not closed, {x}, {{}}, {{a b}}");

        assertThat(text.names()).isEmpty();
        assertThat(text.fill(Map.of(), v -> v)).isEqualTo("{{ not closed, {x}, {{}}, {{a b}}");
        assertThat(text.literalPrefix()).isEqualTo("{{ not closed, {x}, {{}}, {{a b}}");
    }

    @Test
    void theEncoderSeesEachValueAndNothingElse() {
        Placeholders text = Placeholders.parse("/x/{{a}}?q={{b}}");

        assertThat(text.fill(Map.of("a", "1", "b", "2"), v -> "<" + v + ">")).isEqualTo("/x/<1>?q=<2>");
        assertThat(text.literalPrefix()).isEqualTo("/x/");
    }
}
