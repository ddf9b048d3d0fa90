package dev.cairn.app.discord;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Discord adapter's settings, under {@code cairn.discord}; bound only when {@code cairn.discord.enabled} is true,
 * and then a missing token or an invalid value stops startup with a message naming the setting.
 *
 * @param enabled           run the Discord bot
 * @param token             the bot token ({@code CAIRN_DISCORD_TOKEN}); never logged
 * @param restUrl           base of Discord's REST API
 * @param gatewayUrl        Discord's gateway websocket
 * @param compression       {@code zlib} or {@code none}
 * @param knowledgeChannels ids of the channels whose attachments are indexed
 * @param replyInThread     answer mentions in a new thread rather than as a reply
 */
@ConfigurationProperties("cairn.discord")
public record DiscordProperties(@DefaultValue("false") boolean enabled,
                                @DefaultValue("") String token,
                                @DefaultValue("https://discord.com/api/v10/") String restUrl,
                                @DefaultValue("wss://gateway.discord.gg/") String gatewayUrl,
                                @DefaultValue("zlib") String compression,
                                @DefaultValue List<String> knowledgeChannels,
                                @DefaultValue("false") boolean replyInThread) {
    public DiscordProperties {
        if (enabled && token.isBlank()) {
            throw new IllegalArgumentException("cairn.discord.token must be set when cairn.discord.enabled is true "
                    + "(environment variable CAIRN_DISCORD_TOKEN); see docs/discord.md");
        }
        String mode = compression.strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("zlib") && !mode.equals("none")) {
            throw new IllegalArgumentException("cairn.discord.compression must be zlib or none, was '" + compression + "'");
        }
        if (!restUrl.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("cairn.discord.rest-url must be an http(s) URL, was '" + restUrl + "'");
        }
        if (!gatewayUrl.matches("(?i)wss?://.+")) {
            throw new IllegalArgumentException("cairn.discord.gateway-url must be a ws(s) URL, was '" + gatewayUrl + "'");
        }
        knowledgeChannels = knowledgeChannels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String id : knowledgeChannels) {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("cairn.discord.knowledge-channels must list channel ids (digits; "
                        + "right-click the channel > Copy Channel ID), not '" + id + "'");
            }
        }
    }

    /** Every setting but the token. */
    @Override
    public String toString() {
        return "DiscordProperties[enabled=" + enabled + ", token=" + (token.isBlank() ? "(none)" : "(set)")
                + ", restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", compression=" + compression
                + ", knowledgeChannels=" + knowledgeChannels + ", replyInThread=" + replyInThread + "]";
    }
}
