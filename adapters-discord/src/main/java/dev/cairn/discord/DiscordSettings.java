package dev.cairn.discord;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach Discord and where files are knowledge.
 *
 * @param token             the bot token; never logged
 * @param restUrl           base of the REST API, ending in a slash, e.g. {@code https://discord.com/api/v10/}
 * @param gatewayUrl        the gateway websocket, e.g. {@code wss://gateway.discord.gg/}
 * @param compression       how gateway frames are compressed
 * @param knowledgeChannels ids of the channels whose attachments are indexed (threads in them count too)
 * @param replyInThread     answer a mention in a new thread started from it, rather than as a reply
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, Compression compression,
                              Set<String> knowledgeChannels, boolean replyInThread) {

    /** Gateway compression: zlib-stream as Discord recommends, or none (plain JSON frames). */
    public enum Compression {
        ZLIB, NONE;

        /** {@code zlib} or {@code none}, in any case. */
        public static Compression parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "zlib" -> ZLIB;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("compression must be zlib or none, was '" + value + "'");
            };
        }
    }

    public DiscordSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        token = token.strip();
        restUrl = requireUrl(restUrl, "restUrl", "http://", "https://");
        restUrl = restUrl.endsWith("/") ? restUrl : restUrl + "/";
        gatewayUrl = requireUrl(gatewayUrl, "gatewayUrl", "ws://", "wss://");
        Objects.requireNonNull(compression, "compression");
        knowledgeChannels = Set.copyOf(Objects.requireNonNull(knowledgeChannels, "knowledgeChannels"));
        for (String id : knowledgeChannels) {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException("knowledgeChannels must hold channel ids (digits), not '" + id + "'");
            }
        }
    }

    private static String requireUrl(String url, String name, String... schemes) {
        String value = url == null ? "" : url.strip();
        for (String scheme : schemes) {
            if (value.toLowerCase(Locale.ROOT).startsWith(scheme) && value.length() > scheme.length()) {
                return value;
            }
        }
        throw new IllegalArgumentException(name + " must start with " + String.join(" or ", schemes) + ", was '"
                + value + "'");
    }

    /** Everything but the token. */
    @Override
    public String toString() {
        return "DiscordSettings[restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", compression=" + compression
                + ", knowledgeChannels=" + knowledgeChannels + ", replyInThread=" + replyInThread + "]";
    }
}
