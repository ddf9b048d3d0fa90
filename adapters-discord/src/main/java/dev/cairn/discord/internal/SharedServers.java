package dev.cairn.discord.internal;

import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * The servers a user shares with the bot, for the core's {@code ScopePolicy} to decide which one a direct message may
 * read. Lazy: each server's membership is asked of Discord (a blocking REST call) only when the stream reaches it, so
 * call it off JDA's threads.
 */
final class SharedServers {

    /** The ids of the servers both the bot and {@code userId} are members of, looked up as the stream is read. */
    static Stream<String> of(JDA jda, long userId) {
        return jda.getGuilds().stream().filter(guild -> isMember(guild, userId)).map(Guild::getId);
    }

    private static boolean isMember(Guild guild, long userId) {
        try {
            return guild.retrieveMemberById(userId).complete() != null;
        } catch (ErrorResponseException e) {
            ErrorResponse error = e.getErrorResponse();
            if (error == ErrorResponse.UNKNOWN_MEMBER || error == ErrorResponse.UNKNOWN_USER) {
                return false;
            }
            throw e;
        }
    }

    private SharedServers() {
    }
}
