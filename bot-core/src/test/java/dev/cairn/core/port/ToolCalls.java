package dev.cairn.core.port;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import java.util.List;
import java.util.Set;

/** Tool calls for tests: made on behalf of a user of the web page. */
public final class ToolCalls {
    private ToolCalls() {
    }

    /** A call with {@code arguments} asked by {@code userId} in {@code channel}, who may see {@code scopes}. */
    public static ToolCall fromWeb(String arguments, String userId, String channel, Set<String> scopes) {
        return new ToolCall(arguments, new InboundMessage(Platform.WEB, "web", channel, "", new User(userId, userId), "",
                List.of(), MessageKind.DIRECT, ""), scopes);
    }
}
