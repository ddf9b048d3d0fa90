package dev.cairn.core.port;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import java.util.List;
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

    /** A call on behalf of a user of the web page (for tests and tools that need no more). */
    public ToolCall(String arguments, String userId, String channel, Set<String> scopes) {
        this(arguments, new InboundMessage(Platform.WEB, "web", channel, "", new User(userId, userId), "", List.of(),
                MessageKind.DIRECT, ""), scopes);
    }

    public String userId() {
        return asked.user().id();
    }

    public String channel() {
        return asked.channel();
    }
}
