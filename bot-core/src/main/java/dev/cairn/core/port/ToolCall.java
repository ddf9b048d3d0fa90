package dev.cairn.core.port;

import dev.cairn.core.InboundMessage;
import java.util.Objects;
import java.util.Set;

/**
 * One call of a tool.
 *
 * @param arguments the arguments as the model wrote them: a JSON object as text (it may be malformed)
 * @param asked     the message whose answer led to the call (who, where: platform, workspace, channel, thread)
 * @param scopes    the knowledge scopes the asker may see
 */
public record ToolCall(String arguments, InboundMessage asked, Set<String> scopes) {
    public ToolCall {
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(asked, "asked");
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }

    public String userId() {
        return asked.user().id();
    }

    public String channel() {
        return asked.channel();
    }
}
