package dev.cairn.slack.internal;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One message to post: Block Kit blocks and the plain text Slack shows in notifications.
 *
 * @param text   the notification text (mrkdwn)
 * @param blocks at most 50 blocks
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    /** Slack's limit of blocks in one message. */
    public static final int MAX_BLOCKS = 50;

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.size() > MAX_BLOCKS) {
            throw new IllegalArgumentException("a message holds at most " + MAX_BLOCKS + " blocks, got " + blocks.size());
        }
    }
}
