package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;

/**
 * What a tool call gave: text for the model to read, whether it succeeded, and any knowledge passages it found
 * (which the answer may cite). A refusal or failure is a result too ({@code ok} false, {@code content} saying why),
 * never an exception.
 */
public record ToolResult(boolean ok, String content, List<Passage> passages) {
    public ToolResult {
        Objects.requireNonNull(content, "content");
        passages = List.copyOf(Objects.requireNonNull(passages, "passages"));
    }

    public ToolResult(boolean ok, String content) {
        this(ok, content, List.of());
    }

    public static ToolResult ok(String content) {
        return new ToolResult(true, content);
    }

    /** Passages for the model to read and cite; the answerer numbers them. */
    public static ToolResult passages(List<Passage> found) {
        return new ToolResult(true, found.isEmpty() ? "Nothing relevant was found." : "", found);
    }

    public static ToolResult failed(String reason) {
        return new ToolResult(false, reason);
    }
}
