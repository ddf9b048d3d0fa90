package dev.cairn.slack.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channel names for prompt templates ({@code channel.name}), asked of {@code conversations.info} once an hour per
 * channel. Without the {@code channels:read} / {@code groups:read} scopes, or on any failure, a channel is named by its
 * id, and that answer is kept for the hour too, so a missing scope costs one call per channel, not one per question.
 */
final class ChannelNames {
    private static final Logger log = LoggerFactory.getLogger(ChannelNames.class);
    private final Cache<String, String> names = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    /** The channel's name, or its id when Slack does not say. */
    String of(MethodsClient client, String team, String channel) {
        if (channel.isEmpty()) {
            return channel;
        }
        return names.get(team + ":" + channel, key -> lookUp(client, channel));
    }

    private static String lookUp(MethodsClient client, String channel) {
        try {
            ConversationsInfoResponse info = client.conversationsInfo(r -> r.channel(channel));
            if (info.isOk() && info.getChannel() != null && info.getChannel().getName() != null) {
                return info.getChannel().getName();
            }
            log.debug("conversations.info gave no name for channel {}: {}", channel, info.getError());
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.debug("conversations.info failed for channel {}: {}", channel, e.toString());
        }
        return channel;
    }
}
