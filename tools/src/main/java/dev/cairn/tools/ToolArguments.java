package dev.cairn.tools;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The arguments of one tool call, read from the JSON object text the model wrote. */
final class ToolArguments {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode object;

    private ToolArguments(JsonNode object) {
        this.object = object;
    }

    /** @throws InvalidToolArguments when the text is not a JSON object */
    static ToolArguments parse(String json) throws InvalidToolArguments {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidToolArguments("The arguments are not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidToolArguments("The arguments must be a JSON object.");
        }
        return new ToolArguments(node);
    }

    /** @throws InvalidToolArguments when the field is missing, not a string or blank */
    String requiredString(String field) throws InvalidToolArguments {
        return optionalString(field).filter(s -> !s.isBlank())
                .orElseThrow(() -> new InvalidToolArguments("The argument '" + field + "' is required (a string)."));
    }

    /** @throws InvalidToolArguments when the field is present but not a string */
    Optional<String> optionalString(String field) throws InvalidToolArguments {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new InvalidToolArguments("The argument '" + field + "' must be a string.");
        }
        return Optional.of(value.asString());
    }

    /** The arguments were not what the tool's schema asks for; the message tells the model what to fix. */
    static final class InvalidToolArguments extends Exception {
        InvalidToolArguments(String message) {
            super(message);
        }
    }
}
