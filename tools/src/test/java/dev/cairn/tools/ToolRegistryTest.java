package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolCalls;
import dev.cairn.core.port.ToolResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolRegistryTest {
    private static final ToolCall CALL = ToolCalls.fromWeb("{}", "U1", "C1", Set.of());

    @Test
    void findsToolsByNameAndListsThemInOrder() {
        Tool echo = new EchoTool("echo");
        Tool other = new EchoTool("other");
        ToolRegistry registry = new ToolRegistry(List.of(echo, other));

        assertThat(registry.find("echo")).containsSame(echo);
        assertThat(registry.find("missing")).isEmpty();
        assertThat(registry.all()).containsExactly(echo, other);
    }

    @Test
    void refusesTwoToolsWithTheSameName() {
        assertThatThrownBy(() -> new ToolRegistry(List.of(new EchoTool("echo"), new EchoTool("echo"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("echo");
    }

    @Test
    void executesTheNamedTool() {
        ToolRegistry registry = new ToolRegistry(List.of(new EchoTool("echo")));

        assertThat(registry.execute("echo", CALL)).isEqualTo(ToolResult.ok("echo U1"));
    }

    @Test
    void unknownToolNameGivesFailedResultListingTheAvailableTools() {
        ToolRegistry registry = new ToolRegistry(List.of(new EchoTool("echo")));

        ToolResult result = registry.execute("rm_rf", CALL);

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("rm_rf").contains("echo");
    }

    @Test
    void toolThatThrowsGivesFailedResultInsteadOfException() {
        ToolRegistry registry = new ToolRegistry(List.of(new ThrowingTool()));

        ToolResult result = registry.execute("throwing", CALL);

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("throwing").contains("boom");
    }

    private record EchoTool(String name) implements Tool {
        @Override
        public String description() {
            return "Echoes the asker.";
        }

        @Override
        public String parametersSchema() {
            return "{\"type\":\"object\"}";
        }

        @Override
        public ToolResult execute(ToolCall call) {
            return ToolResult.ok(name + " " + call.userId());
        }
    }

    private static final class ThrowingTool implements Tool {
        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public String description() {
            return "Always throws.";
        }

        @Override
        public String parametersSchema() {
            return "{\"type\":\"object\"}";
        }

        @Override
        public ToolResult execute(ToolCall call) {
            throw new IllegalStateException("boom");
        }
    }
}
