package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.Tool;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ToolSchemasTest {

    @Test
    void builtInToolsDescribeTheirArgumentsAsObjectSchemas() {
        List<Tool> tools = List.of(new HttpRequestTool(Set.of("example.com"), Set.of()),
                new SqlQueryTool("jdbc:h2:mem:unused", null, null, 100, Duration.ofSeconds(10)));

        for (Tool tool : tools) {
            JsonNode schema = JsonMapper.builder().build().readTree(tool.parametersSchema());
            assertThat(schema.get("type").asString()).as(tool.name()).isEqualTo("object");
            assertThat(schema.get("required")).as(tool.name()).isNotEmpty();
            schema.get("required").forEach(field ->
                    assertThat(schema.get("properties").has(field.asString())).as(tool.name()).isTrue());
            assertThat(tool.description()).as(tool.name()).isNotBlank();
        }
        assertThat(tools).extracting(Tool::name).containsExactly("http_request", "sql_query");
    }
}
