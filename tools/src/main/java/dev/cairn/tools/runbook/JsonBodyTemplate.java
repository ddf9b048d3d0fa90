package dev.cairn.tools.runbook;

import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A runbook action's JSON body with {@code {{name}}} placeholders inside its string values, e.g.
 * {@code {"service":"{{service}}","note":"restart of {{service}}"}}. The template is parsed with Jackson once; filling
 * it replaces placeholders in each string value in one pass and writes the tree back with Jackson, so a value is
 * always string content: a quote, a backslash or a {@code {{…}}} in a value can neither end the string nor add a
 * field. A template that is not JSON, or has a placeholder outside a string value (a bare {@code {{n}}}, or in a
 * field name), is refused when it is read.
 */
public final class JsonBodyTemplate {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final JsonNode tree;
    private final Set<String> names;

    private JsonBodyTemplate(JsonNode tree, Set<String> names) {
        this.tree = tree;
        this.names = Set.copyOf(names);
    }

    /**
     * Reads a body template; a blank one means no body.
     *
     * @throws IllegalArgumentException when it is not JSON or a placeholder stands outside a string value
     */
    public static Optional<JsonBodyTemplate> parse(String template) {
        Objects.requireNonNull(template, "template");
        if (template.isBlank()) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(template);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body must be JSON with each {{placeholder}} inside a string "
                    + "value, like {\"service\":\"{{service}}\"}: " + e.getOriginalMessage(), e);
        }
        Set<String> names = new LinkedHashSet<>();
        collect(tree, names);
        return Optional.of(new JsonBodyTemplate(tree, names));
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isString()) {
            names.addAll(Placeholders.parse(node.stringValue()).names());
        } else if (node.isObject()) {
            for (Entry<String, JsonNode> field : node.properties()) {
                if (!Placeholders.parse(field.getKey()).names().isEmpty()) {
                    throw new IllegalArgumentException("a {{placeholder}} may not stand in a field name of the "
                            + "body, was \"" + field.getKey() + "\"");
                }
                collect(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, names));
        }
    }

    /** The names of its placeholders. */
    public Set<String> names() {
        return names;
    }

    /**
     * The body as JSON text, each placeholder in a string value replaced by its value.
     *
     * @throws Placeholders.MissingArgument when a placeholder has no value
     */
    public String fill(Map<String, String> values) {
        return JSON.writeValueAsString(fill(tree, values));
    }

    private static JsonNode fill(JsonNode node, Map<String, String> values) {
        if (node.isString()) {
            return JSON.getNodeFactory().stringNode(
                    Placeholders.parse(node.stringValue()).fill(values, value -> value));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), fill(field.getValue(), values)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(fill(element, values)));
            return copy;
        }
        return node;
    }
}
