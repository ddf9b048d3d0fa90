package dev.cairn.core.port;

import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation with a language model: instructions, a user's words, the model's answer (possibly
 * asking for tool calls), or a tool's result (answering the call {@code toolCallId}).
 */
public record ChatMessage(Role role, String content, List<ToolInvocation> toolCalls, String toolCallId) {
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
        toolCallId = toolCallId == null ? "" : toolCallId;
        if (role == Role.TOOL && toolCallId.isEmpty()) {
            throw new IllegalArgumentException("a tool result needs the id of its call");
        }
    }

    public ChatMessage(Role role, String content) {
        this(role, content, List.of(), "");
    }

    /** The model's turn asking for tool calls. */
    public static ChatMessage toolCalls(String content, List<ToolInvocation> calls) {
        return new ChatMessage(Role.ASSISTANT, content, calls, "");
    }

    /** A tool's result for one call. */
    public static ChatMessage toolResult(String callId, String content) {
        return new ChatMessage(Role.TOOL, content, List.of(), callId);
    }

    /** Who speaks: the instructions, the user, the model, or a tool. */
    public enum Role {
        SYSTEM, USER, ASSISTANT, TOOL
    }
}
