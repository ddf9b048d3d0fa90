package dev.cairn.core.port;

import java.util.Objects;

/**
 * What a tool call gave: text for the model to read, and whether it succeeded. A refusal or failure is a result
 * too ({@code ok} false, {@code content} saying why), never an exception.
 */
public record ToolResult(boolean ok, String content) {
    public ToolResult {
        Objects.requireNonNull(content, "content");
    }

    public static ToolResult ok(String content) {
        return new ToolResult(true, content);
    }

    public static ToolResult failed(String reason) {
        return new ToolResult(false, reason);
    }
}
