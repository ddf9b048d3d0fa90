package dev.cairn.slack.internal;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.cairn.core.Platform;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.Vote;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Clicks on an answer's 👍 / 👎 buttons: recorded with the reply id the button carries, and acknowledged to the voter only. */
public final class FeedbackListener {
    static final String THANKS_UP = "Thanks! Your :+1: on this answer was recorded.";
    static final String THANKS_DOWN = "Thanks! Your :-1: on this answer was recorded; it helps us improve the answers.";
    static final String UNKNOWN_ANSWER = "I no longer know that answer, so your vote was not recorded.";
    static final String NOT_RECORDED = "Sorry, your vote could not be recorded because of a problem on my side. "
            + "Please try again later.";
    private static final Logger log = LoggerFactory.getLogger(FeedbackListener.class);
    private final FeedbackLog feedback;
    private final SlackReplies replies;
    private final Work work;
    private final Clock clock;

    public FeedbackListener(FeedbackLog feedback, SlackReplies replies, Work work, Clock clock) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Response onVote(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        if (action.getValue() == null || action.getValue().isBlank() || p.getUser() == null) {
            return ctx.ack();
        }
        Vote vote = BlockKitRenderer.VOTE_UP.equals(action.getActionId()) ? Vote.UP : Vote.DOWN;
        String team = p.getTeam() != null && p.getTeam().getId() != null ? p.getTeam().getId() : ctx.getTeamId();
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : "";
        String thread = p.getContainer() != null ? p.getContainer().getThreadTs() : null;
        ReplyTarget target = new ReplyTarget(channel, thread, p.getUser().getId(), p.getResponseUrl());
        Feedback given = new Feedback(action.getValue(), Platform.SLACK, team, p.getUser().getId(), vote,
                clock.instant());
        Runnable record = () -> {
            String said;
            try {
                said = !feedback.record(given) ? UNKNOWN_ANSWER : vote == Vote.UP ? THANKS_UP : THANKS_DOWN;
            } catch (RuntimeException e) {
                log.error("recording a vote on reply {} failed", given.replyId(), e);
                said = NOT_RECORDED;
            }
            replies.ephemeral(target, said);
        };
        if (!work.submit("recording a vote", record)) {
            work.soon("recording a vote", record);
        }
        return ctx.ack();
    }
}
