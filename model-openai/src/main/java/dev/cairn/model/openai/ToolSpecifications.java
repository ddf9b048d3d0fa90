package dev.cairn.model.openai;

import dev.cairn.core.port.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A Cairn tool as the function definition the model sees: name, description, and its JSON Schema parameters. */
final class ToolSpecifications {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ToolSpecifications() {
    }

    /** Throws {@link IllegalArgumentException} naming the tool when its schema is not a JSON object schema. */
    static ToolSpecification of(Tool tool) {
        JsonSchemaElement schema;
        try {
            schema = JsonSchemaElementJsonUtils.fromMap(JSON.readValue(tool.parametersSchema(),
                    new TypeReference<Map<String, Object>>() { }));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the parameter schema of tool " + tool.name() + " is not valid JSON "
                    + "Schema: " + e.getMessage(), e);
        }
        if (!(schema instanceof JsonObjectSchema parameters)) {
            throw new IllegalArgumentException("the parameter schema of tool " + tool.name() + " must be an object");
        }
        return ToolSpecification.builder().name(tool.name()).description(tool.description()).parameters(parameters)
                .build();
    }
}
