package dev.cairn.model.openai;

import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.ToolInvocation;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cairn's chat messages as LangChain4j's, tool calls and results included. */
final class Messages {
    private Messages() {
    }

    static List<dev.langchain4j.data.message.ChatMessage> toLangChain(List<ChatMessage> messages) {
        Map<String, String> toolNames = new HashMap<>();
        messages.forEach(m -> m.toolCalls().forEach(c -> toolNames.put(c.id(), c.name())));
        return messages.stream().map(m -> toLangChain(m, toolNames)).toList();
    }

    private static dev.langchain4j.data.message.ChatMessage toLangChain(ChatMessage message,
                                                                       Map<String, String> toolNames) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.content());
            case USER -> UserMessage.from(message.content());
            case ASSISTANT -> message.toolCalls().isEmpty() ? AiMessage.from(message.content())
                    : AiMessage.from(message.content().isBlank() ? null : message.content(),
                    message.toolCalls().stream().map(Messages::request).toList());
            case TOOL -> ToolExecutionResultMessage.from(message.toolCallId(),
                    toolNames.getOrDefault(message.toolCallId(), "tool"), message.content());
        };
    }

    private static ToolExecutionRequest request(ToolInvocation call) {
        return ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(call.arguments()).build();
    }
}
