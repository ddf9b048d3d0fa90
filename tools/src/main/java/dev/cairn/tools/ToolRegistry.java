package dev.cairn.tools;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The enabled tools by name, in the order they were given; {@link #execute} never throws: an unknown name or a
 * tool that throws anyway comes back as a failed {@link ToolResult}.
 */
public final class ToolRegistry {
    private final Map<String, Tool> byName = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when two tools share a name */
    public ToolRegistry(List<? extends Tool> tools) {
        Objects.requireNonNull(tools, "tools");
        for (Tool tool : tools) {
            Objects.requireNonNull(tool, "tool");
            String name = Objects.requireNonNull(tool.name(), "tool name");
            if (byName.putIfAbsent(name, tool) != null) {
                throw new IllegalArgumentException("tools: two tools are named '" + name + "'");
            }
        }
    }

    public Optional<Tool> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Tool> all() {
        return List.copyOf(byName.values());
    }

    /** Runs the named tool; an unknown name, a thrown exception or a null result become a failed result. */
    public ToolResult execute(String name, ToolCall call) {
        Tool tool = byName.get(name);
        if (tool == null) {
            return ToolResult.failed("There is no tool named '" + name + "'. Available tools: "
                    + String.join(", ", byName.keySet()) + ".");
        }
        try {
            ToolResult result = tool.execute(call);
            return result != null ? result : ToolResult.failed("Tool '" + name + "' gave no result.");
        } catch (RuntimeException e) {
            return ToolResult.failed("Tool '" + name + "' failed: " + describe(e));
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
