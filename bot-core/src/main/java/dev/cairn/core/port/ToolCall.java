package dev.cairn.core.port;

import java.util.Objects;
import java.util.Set;

/**
 * One call of a tool.
 *
 * @param arguments the arguments as the model wrote them: a JSON object as text (it may be malformed)
 * @param userId    who asked the question that led to the call
 * @param channel   where it was asked, empty when not in a channel
 * @param scopes    the knowledge scopes the asker may see
 */
public record ToolCall(String arguments, String userId, String channel, Set<String> scopes) {
    public ToolCall {
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(userId, "userId");
        channel = channel == null ? "" : channel;
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }
}
