package dev.cairn.core.memory;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.Platform;
import java.util.Objects;

/**
 * Whose conversation an exchange belongs to: one per user per workspace and platform, optionally split further by
 * a conversation id the client chose.
 */
public record ConversationKey(Platform platform, String workspace, String user, String conversation) {
    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(user, "user");
        conversation = conversation == null ? "" : conversation;
    }

    public static ConversationKey of(InboundMessage message) {
        return new ConversationKey(message.platform(), message.workspace(), message.user().id(),
                message.conversation());
    }

    /** The id a client can send back to continue this conversation. */
    public String id() {
        return conversation.isEmpty() ? user : conversation;
    }
}
