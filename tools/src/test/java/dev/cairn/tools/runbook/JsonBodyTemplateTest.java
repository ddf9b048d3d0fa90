package dev.cairn.tools.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonBodyTemplateTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JsonBodyTemplate restart = JsonBodyTemplate.parse(
            "{\"service\":\"{{service}}\",\"note\":\"restart {{service}} in {{region}}\",\"force\":false}").orElseThrow();

    private JsonNode filled(JsonBodyTemplate template, Map<String, String> values) {
        return JSON.readTree(template.fill(values));
    }

    @Test
    void fillsPlaceholdersInsideStringValuesAndKeepsTheOtherValues() {
        assertThat(restart.fill(Map.of("service", "api", "region", "eu")))
                .isEqualTo("{\"service\":\"api\",\"note\":\"restart api in eu\",\"force\":false}");
        assertThat(restart.names()).containsExactlyInAnyOrder("service", "region");
    }

    @Test
    void aValueThatClosesTheStringAndAddsAFieldStaysInsideItsString() {
        String attack = "a\",\"admin\":true,\"x\":\"";

        JsonNode body = filled(restart, Map.of("service", attack, "region", "eu"));

        assertThat(body.propertyNames()).containsExactly("service", "note", "force");
        assertThat(body.get("service").stringValue()).isEqualTo(attack);
        assertThat(body.get("force").booleanValue()).isFalse();
    }

    @Test
    void aValueNamingAnotherPlaceholderStaysLiteralText() {
        JsonNode body = filled(restart, Map.of("service", "{{region}}", "region", "eu"));

        assertThat(body.get("service").stringValue()).isEqualTo("{{region}}");
        assertThat(body.get("note").stringValue()).isEqualTo("restart {{region}} in eu");
    }

    @Test
    void backslashesNewlinesControlAndNonAsciiCharactersAreEscapedByJackson() {
        String value = "C:\\tmp\\\"x\n\t\u0001 ünïcode 服务 }} {{";

        String text = restart.fill(Map.of("service", value, "region", "eu"));

        assertThat(text).doesNotContain("\n").doesNotContain("\u0001");
        assertThat(JSON.readTree(text).get("service").stringValue()).isEqualTo(value);
    }

    @Test
    void placeholdersInNestedObjectsAndArraysAreFilledToo() {
        JsonBodyTemplate nested = JsonBodyTemplate.parse(
                "{\"target\":{\"names\":[\"{{a}}\",\"fixed\",\"{{b}}\"],\"count\":1.50}}").orElseThrow();

        assertThat(nested.fill(Map.of("a", "x\"]", "b", "y")))
                .isEqualTo("{\"target\":{\"names\":[\"x\\\"]\",\"fixed\",\"y\"],\"count\":1.50}}");
    }

    @Test
    void aBlankTemplateMeansNoBody() {
        assertThat(JsonBodyTemplate.parse("  ")).isEmpty();
    }

    @Test
    void aPlaceholderOutsideAStringIsRefusedWhenTheTemplateIsRead() {
        assertThatThrownBy(() -> JsonBodyTemplate.parse("{\"count\": {{count}}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the body must be JSON with each {{placeholder}} inside a string value");
        assertThatThrownBy(() -> JsonBodyTemplate.parse("service={{service}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlaceholderInAFieldNameIsRefused() {
        assertThatThrownBy(() -> JsonBodyTemplate.parse("{\"{{field}}\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field name");
    }

    @Test
    void aDuplicateFieldInTheTemplateIsRefused() {
        assertThatThrownBy(() -> JsonBodyTemplate.parse("{\"a\":\"1\",\"a\":\"2\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlaceholderWithoutAValueIsAMissingArgument() {
        assertThatThrownBy(() -> restart.fill(Map.of("service", "api")))
                .isInstanceOf(Placeholders.MissingArgument.class)
                .hasMessage("no value for {{region}}");
    }
}
