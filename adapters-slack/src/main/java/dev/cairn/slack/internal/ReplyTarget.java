package dev.cairn.slack.internal;

import java.util.Objects;

/**
 * Where a reply goes.
 *
 * @param channel     the channel (or DM) id
 * @param threadTs    the thread to reply in, empty for the channel itself
 * @param user        the user an ephemeral reply is shown to
 * @param responseUrl the interaction's {@code response_url}, empty when there is none; used when the bot may not post
 *                    in the channel (not a member)
 */
record ReplyTarget(String channel, String threadTs, String user, String responseUrl) {
    public ReplyTarget {
        Objects.requireNonNull(channel, "channel");
        threadTs = threadTs == null ? "" : threadTs;
        user = user == null ? "" : user;
        responseUrl = responseUrl == null ? "" : responseUrl;
    }
}
