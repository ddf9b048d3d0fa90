package dev.cairn.discord.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks what the bot may do in a channel, and logs each permission missing in a channel once, with the channel,
 * the permission and what the bot does instead. Direct-message channels allow everything.
 */
final class ChannelPermissions {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelPermissions.class);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /** Whether the bot has {@code permission} in {@code channel}; when not, logs {@code fallback} once. */
    public boolean has(MessageChannel channel, Permission permission, String fallback) {
        if (!(channel instanceof GuildChannel guildChannel)) {
            return true;
        }
        if (guildChannel.getGuild().getSelfMember().hasPermission(guildChannel, permission)) {
            return true;
        }
        if (reported.add(channel.getId() + ":" + permission.name())) {
            LOG.warn("Missing permission {} in channel #{} ({}) of server {} ({}); {}. Grant it to the bot's role to "
                            + "stop this.", permission.getName(), channel.getName(), channel.getId(),
                    guildChannel.getGuild().getName(), guildChannel.getGuild().getId(), fallback);
        }
        return false;
    }

    /** Logs once that Discord refused an action in a channel although the cached permissions allowed it. */
    public void refused(MessageChannel channel, String action, String reason) {
        if (reported.add(channel.getId() + ":refused:" + action)) {
            LOG.warn("Discord refused to {} in channel #{} ({}): {}", action, channel.getName(), channel.getId(), reason);
        }
    }
}
