package dev.cairn.core.memory;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.Platform;
import java.util.Objects;

/**
 * Whose conversation an exchange belongs to: one per user per workspace and platform, optionally split further by
 * a conversation id the client chose. A blank conversation id and one equal to the user's id both name the user's
 * default conversation, so the id {@link #id()} hands out continues the conversation whether or not it is sent back.
 */
public record ConversationKey(Platform platform, String workspace, String user, String conversation) {
    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(user, "user");
        conversation = conversation == null ? "" : conversation.strip();
        if (conversation.equals(user)) {
            conversation = "";
        }
    }

    public static ConversationKey of(InboundMessage message) {
        return new ConversationKey(message.platform(), message.workspace(), message.user().id(),
                message.conversation());
    }

    /** The id a client can send back to continue this conversation: the user's id for the default one. */
    public String id() {
        return conversation.isEmpty() ? user : conversation;
    }
}
