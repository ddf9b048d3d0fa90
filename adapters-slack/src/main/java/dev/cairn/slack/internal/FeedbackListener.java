package dev.cairn.slack.internal;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.Vote;
import java.time.Clock;
import java.util.Objects;

/**
 * Clicks on an answer's 👍 / 👎 buttons: recorded with the reply id the button carries, and acknowledged to the voter
 * only, in the voter's Slack locale (else {@code cairn.language}).
 */
public final class FeedbackListener {
    private final FeedbackLog feedback;
    private final SlackReplies replies;
    private final Handoff work;
    private final Clock clock;
    private final Voice voice;
    private final UserLocales locales;

    public FeedbackListener(FeedbackLog feedback, SlackReplies replies, Handoff work, Clock clock, Voice voice,
                            UserLocales locales) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.locales = Objects.requireNonNull(locales, "locales");
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
        User voter = new User(p.getUser().getId(), p.getUser().getUsername());
        work.hand("recording a vote on reply " + given.replyId(), () -> {
            String key = !feedback.record(given) ? "slack.vote.unknown_answer"
                    : vote == Vote.UP ? "slack.vote.thanks_up" : "slack.vote.thanks_down";
            String said = voice.say(locales.located(team, voter), key);
            return () -> replies.ephemeral(target, said);
        }, notice -> replies.ephemeral(target, voice.say(voice.of(locales.located(team, voter)), notice.phrase())));
        return ctx.ack();
    }
}
