package dev.cairn.app.discord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Discord API objects as JSON maps, with just the fields JDA 6 reads; ids are snowflakes of the current time. */
final class DiscordPayloads {
    /** Discord's epoch, the first second of 2015. */
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /**
     * What the bot may do where nothing is denied: View Channels, Send Messages, Send Messages in Threads, Create
     * Public Threads, Embed Links, Read Message History, Add Reactions, Use Application Commands.
     */
    static final long BOT_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 38) | (1L << 35) | (1L << 14) | (1L << 16)
            | (1L << 6) | (1L << 31);
    static final long EMBED_LINKS = 1L << 14;
    static final long SEND_MESSAGES = 1L << 11;

    private DiscordPayloads() {
    }

    /** A fresh snowflake: the current time in its top bits, so that Discord (and JDA) see it as recent. */
    static long snowflake() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF);
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static Map<String, Object> user(long id, String name, boolean bot) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", Long.toString(id));
        user.put("username", name);
        user.put("global_name", name);
        user.put("discriminator", "0");
        user.put("avatar", null);
        user.put("bot", bot);
        user.put("system", false);
        user.put("public_flags", 0);
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        return user;
    }

    static Map<String, Object> member(Map<String, Object> user) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("user", user);
        member.put("nick", null);
        member.put("roles", List.of());
        member.put("joined_at", now());
        member.put("deaf", false);
        member.put("mute", false);
        member.put("flags", 0);
        member.put("pending", false);
        member.put("permissions", Long.toString(BOT_PERMISSIONS));
        return member;
    }

    /** A text channel ({@code type} 0) or thread (11) where the {@code @everyone} role is denied {@code denied}. */
    static Map<String, Object> channel(long guildId, long id, String name, int type, long parentId, long denied) {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("id", Long.toString(id));
        channel.put("type", type);
        channel.put("guild_id", Long.toString(guildId));
        channel.put("name", name);
        channel.put("position", 0);
        channel.put("parent_id", parentId == 0 ? null : Long.toString(parentId));
        channel.put("nsfw", false);
        channel.put("topic", null);
        channel.put("last_message_id", null);
        channel.put("rate_limit_per_user", 0);
        channel.put("flags", 0);
        List<Map<String, Object>> overwrites = new ArrayList<>();
        if (denied != 0) {
            overwrites.add(Map.of("id", Long.toString(guildId), "type", 0, "allow", "0",
                    "deny", Long.toString(denied)));
        }
        channel.put("permission_overwrites", overwrites);
        if (type == 11) {
            channel.put("owner_id", null);
            channel.put("message_count", 0);
            channel.put("member_count", 1);
            channel.put("total_message_sent", 0);
            channel.put("thread_metadata", Map.of("archived", false, "auto_archive_duration", 1440,
                    "archive_timestamp", now(), "locked", false));
        }
        return channel;
    }

    static Map<String, Object> guild(long id, String name, Map<String, Object> bot, List<Map<String, Object>> channels) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("id", Long.toString(id));
        role.put("name", "@everyone");
        role.put("permissions", Long.toString(BOT_PERMISSIONS));
        role.put("position", 0);
        role.put("color", 0);
        Map<String, Object> colors = new LinkedHashMap<>();
        colors.put("primary_color", 0);
        colors.put("secondary_color", null);
        colors.put("tertiary_color", null);
        role.put("colors", colors);
        role.put("hoist", false);
        role.put("managed", false);
        role.put("mentionable", false);
        role.put("flags", 0);
        Map<String, Object> guild = new LinkedHashMap<>();
        guild.put("id", Long.toString(id));
        guild.put("name", name);
        guild.put("owner_id", "1");
        guild.put("afk_timeout", 300);
        guild.put("verification_level", 0);
        guild.put("default_message_notifications", 0);
        guild.put("explicit_content_filter", 0);
        guild.put("mfa_level", 0);
        guild.put("nsfw_level", 0);
        guild.put("premium_tier", 0);
        guild.put("premium_progress_bar_enabled", false);
        guild.put("system_channel_flags", 0);
        guild.put("preferred_locale", "en-US");
        guild.put("features", List.of());
        guild.put("roles", List.of(role));
        guild.put("emojis", List.of());
        guild.put("stickers", List.of());
        guild.put("channels", channels);
        guild.put("threads", List.of());
        guild.put("voice_states", List.of());
        guild.put("presences", List.of());
        guild.put("guild_scheduled_events", List.of());
        guild.put("members", List.of(member(bot)));
        guild.put("member_count", 2);
        guild.put("large", false);
        guild.put("unavailable", false);
        guild.put("joined_at", now());
        return guild;
    }

    /** A message; {@code guildId} 0 for a direct message. */
    static Map<String, Object> message(long id, long guildId, long channelId, Map<String, Object> author,
                                       String content, List<Map<String, Object>> mentions,
                                       List<Map<String, Object>> attachments) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", Long.toString(id));
        message.put("type", 0);
        message.put("channel_id", Long.toString(channelId));
        if (guildId != 0) {
            message.put("guild_id", Long.toString(guildId));
            message.put("member", member(author));
        }
        message.put("author", author);
        message.put("content", content);
        message.put("timestamp", now());
        message.put("edited_timestamp", null);
        message.put("tts", false);
        message.put("mention_everyone", false);
        message.put("mentions", mentions);
        message.put("mention_roles", List.of());
        message.put("attachments", attachments);
        message.put("embeds", List.of());
        message.put("components", List.of());
        message.put("pinned", false);
        message.put("flags", 0);
        return message;
    }

    static Map<String, Object> attachment(long id, String name, long size, String url) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("id", Long.toString(id));
        attachment.put("filename", name);
        attachment.put("size", size);
        attachment.put("url", url);
        attachment.put("proxy_url", url);
        attachment.put("content_type", "application/octet-stream");
        return attachment;
    }

    /** {@code /ask question:<question>} in a guild channel, by a user whose Discord speaks {@code locale}. */
    static Map<String, Object> guildCommand(long id, String token, long applicationId, long guildId,
                                            Map<String, Object> channel, Map<String, Object> user, String question,
                                            String locale) {
        Map<String, Object> data = command(id, token, applicationId, question, locale);
        inGuild(data, guildId, channel, user);
        return data;
    }

    /** {@code /ask question:<question>} in the direct messages of {@code user}, speaking {@code locale}, with the bot. */
    static Map<String, Object> directCommand(long id, String token, long applicationId, Map<String, Object> user,
                                             long channelId, String question, String locale) {
        Map<String, Object> data = command(id, token, applicationId, question, locale);
        data.put("context", 1);
        data.put("authorizing_integration_owners", Map.of("0", "0"));
        data.put("user", user);
        data.put("channel", Map.of("id", Long.toString(channelId), "type", 1, "flags", 0, "recipients", List.of(user)));
        data.put("channel_id", Long.toString(channelId));
        return data;
    }

    private static Map<String, Object> command(long id, String token, long applicationId, String question,
                                               String locale) {
        return interaction(id, token, applicationId, 2, locale, Map.of("id", "1", "name", "ask", "type", 1,
                "options", List.of(Map.of("name", "question", "type", 3, "value", question))));
    }

    /**
     * The fields every interaction has: its id and token, the application, its type, the locale the user's Discord
     * is set to ({@code en-US}, {@code zh-CN}, …) and its data.
     */
    private static Map<String, Object> interaction(long id, String token, long applicationId, int type,
                                                   String locale, Map<String, Object> payload) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", Long.toString(id));
        data.put("application_id", Long.toString(applicationId));
        data.put("type", type);
        data.put("token", token);
        data.put("version", 1);
        data.put("locale", locale);
        data.put("entitlements", List.of());
        data.put("app_permissions", Long.toString(BOT_PERMISSIONS));
        data.put("data", payload);
        return data;
    }

    /** Places an interaction in a guild channel, sent by {@code user} as a member. */
    private static void inGuild(Map<String, Object> data, long guildId, Map<String, Object> channel,
                                Map<String, Object> user) {
        data.put("context", 0);
        data.put("authorizing_integration_owners", Map.of("0", Long.toString(guildId)));
        data.put("guild_id", Long.toString(guildId));
        data.put("guild", Map.of("id", Long.toString(guildId), "locale", "en-US", "features", List.of()));
        data.put("guild_locale", "en-US");
        data.put("member", member(user));
        data.put("channel", channel);
        data.put("channel_id", channel.get("id"));
    }

    /**
     * {@code user}, whose Discord speaks {@code locale}, clicks the button {@code customId} (a MESSAGE_COMPONENT
     * interaction) under {@code message}.
     */
    static Map<String, Object> buttonClick(long id, String token, long applicationId, long guildId,
                                           Map<String, Object> channel, Map<String, Object> user,
                                           Map<String, Object> message, String customId, String locale) {
        Map<String, Object> data = interaction(id, token, applicationId, 3, locale,
                Map.of("custom_id", customId, "component_type", 2));
        data.put("message", message);
        inGuild(data, guildId, channel, user);
        return data;
    }
}
