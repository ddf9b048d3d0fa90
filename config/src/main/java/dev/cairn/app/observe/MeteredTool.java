package dev.cairn.app.observe;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;

/** Counts the calls of the wrapped tool. */
public final class MeteredTool implements Tool {
    private final Tool tool;
    private final CairnMetrics metrics;

    public MeteredTool(Tool tool, CairnMetrics metrics) {
        this.tool = tool;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return tool.name();
    }

    @Override
    public String description() {
        return tool.description();
    }

    @Override
    public String parametersSchema() {
        return tool.parametersSchema();
    }

    @Override
    public ToolResult execute(ToolCall call) {
        ToolResult result;
        try {
            result = tool.execute(call);
        } catch (RuntimeException e) {
            metrics.toolCalled(tool.name(), false);
            throw e;
        }
        metrics.toolCalled(tool.name(), result.ok());
        return result;
    }
}
