package dev.cairn.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message addressed to the bot, already translated from its platform.
 *
 * @param platform     where it came from
 * @param workspace    Slack team id, Discord guild id, or {@code web}
 * @param channel      channel id, empty when none
 * @param thread       thread id, empty when not in a thread
 * @param user         who sent it
 * @param text         the question or command text, without the bot mention
 * @param attachments  files sent with it
 * @param kind         how it reached the bot
 * @param conversation an extra conversation discriminator chosen by the client, empty for the default
 * @param channelName  the channel's human name for prompts, the channel id when unknown
 * @param inputs       custom values a client passes to prompt templates as {@code inputs.NAME}
 */
public record InboundMessage(Platform platform, String workspace, String channel, String thread, User user,
                             String text, List<Attachment> attachments, MessageKind kind, String conversation,
                             String channelName, Map<String, String> inputs) {
    public InboundMessage {
        Objects.requireNonNull(platform, "platform");
        requireText(workspace, "workspace");
        channel = channel == null ? "" : channel;
        thread = thread == null ? "" : thread;
        Objects.requireNonNull(user, "user");
        text = text == null ? "" : text;
        attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
        Objects.requireNonNull(kind, "kind");
        conversation = conversation == null ? "" : conversation;
        channelName = channelName == null || channelName.isBlank() ? channel : channelName;
        inputs = Map.copyOf(inputs == null ? Map.of() : inputs);
    }

    /** A message whose channel has no known name and which carries no template inputs. */
    public InboundMessage(Platform platform, String workspace, String channel, String thread, User user, String text,
                          List<Attachment> attachments, MessageKind kind, String conversation) {
        this(platform, workspace, channel, thread, user, text, attachments, kind, conversation, "", Map.of());
    }

    /** This message with the channel's human name. */
    public InboundMessage withChannelName(String name) {
        return new InboundMessage(platform, workspace, channel, thread, user, text, attachments, kind, conversation,
                name, inputs);
    }

    /** A question typed by a user, with no channel, thread or files. */
    public static InboundMessage question(Platform platform, String workspace, User user, String text) {
        return new InboundMessage(platform, workspace, "", "", user, text, List.of(), MessageKind.DIRECT, "");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
