package dev.cairn.discord.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Decides whose knowledge a direct message may read: that of the one server the asker shares with the bot. With no
 * shared server, or several, there is no safe choice and the asker is told to ask in a server instead. Blocks on
 * REST calls: call it off JDA's threads.
 */
final class DirectMessageWorkspace {

    /** The id of the only server both the bot and {@code userId} are members of, if there is exactly one. */
    static Optional<String> of(JDA jda, long userId) {
        List<Guild> shared = new ArrayList<>();
        for (Guild guild : jda.getGuilds()) {
            if (isMember(guild, userId)) {
                shared.add(guild);
                if (shared.size() > 1) {
                    return Optional.empty();
                }
            }
        }
        return shared.stream().findFirst().map(Guild::getId);
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

    private DirectMessageWorkspace() {
    }
}
