package dev.cairn.slack.internal;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import java.util.List;
import java.util.Objects;

/**
 * Runbook approvals in Slack: posts Approve / Deny buttons where a proposal was asked for, and turns a click into a
 * decision of the {@link ApprovalDesk} as the clicking user of the signed payload ({@code slack:<user id>}). A
 * decision, or the news that the action expired, replaces the buttons; a click by someone who may not decide, or on
 * an action already decided, is answered to the clicker only.
 */
public final class ApprovalListener {
    static final String ALREADY_DECIDED = "That action was already decided; nothing more will run.";
    private final ApprovalDesk desk;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final Handoff work;
    private final Voice voice;
    private volatile boolean closed;

    public ApprovalListener(ApprovalDesk desk, SlackReplies replies, BlockKitRenderer renderer, Handoff work,
                            Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Posts the approval request of a proposal asked in Slack, in its channel and thread; ignores the others. */
    public void onProposal(Proposal proposal) {
        if (closed || proposal.asked().platform() != Platform.SLACK || proposal.channel().isEmpty()) {
            return;
        }
        ReplyTarget target = new ReplyTarget(proposal.channel(), proposal.asked().thread(), proposal.requestedBy(),
                "");
        replies.post(target, List.of(renderer.approval(proposal, voice)));
    }

    public Response onClick(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        BlockActionPayload.Action action = p.getActions().get(0);
        if (action.getValue() == null || action.getValue().isBlank() || p.getUser() == null) {
            return ctx.ack();
        }
        String id = action.getValue();
        String user = p.getUser().getId();
        boolean approve = BlockKitRenderer.APPROVE.equals(action.getActionId());
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : "";
        String messageTs = p.getContainer() != null && p.getContainer().getMessageTs() != null
                ? p.getContainer().getMessageTs() : p.getMessage() != null ? p.getMessage().getTs() : "";
        String thread = p.getContainer() != null ? p.getContainer().getThreadTs() : null;
        ReplyTarget clicker = new ReplyTarget(channel, thread, user, p.getResponseUrl());
        work.hand("deciding runbook action " + id, () -> decide(id, user, approve, clicker, messageTs),
                notice -> replies.ephemeral(clicker, voice.say(voice.fallback(), notice.phrase())));
        return ctx.ack();
    }

    /** Decides; returns the telling of the decision. */
    private Runnable decide(String id, String user, boolean approve, ReplyTarget clicker, String messageTs) {
        String action = desk.find(id).map(Proposal::describe).orElse(id);
        ApprovalDesk.Decision decision = desk.decide(id, Platform.SLACK, user, approve);
        return () -> tell(decision, action, clicker, messageTs);
    }

    private void tell(ApprovalDesk.Decision decision, String action, ReplyTarget clicker, String messageTs) {
        switch (decision.kind()) {
            case REFUSED -> replies.ephemeral(clicker, "You may not approve or deny `" + SlackText.escape(action)
                    + "`: only its approvers can.");
            case DECIDED -> replies.ephemeral(clicker, ALREADY_DECIDED);
            case UNKNOWN -> replies.ephemeral(clicker, SlackText.escape(voice.say(voice.fallback(), decision.phrase())));
            case RAN, FAILED, DENIED, EXPIRED -> {
                if (messageTs.isEmpty() || !replies.update(clicker.channel(), messageTs,
                        renderer.decided(voice.say(voice.fallback(), decision.phrase())))) {
                    replies.post(clicker, List.of(renderer.decided(voice.say(voice.fallback(), decision.phrase()))));
                }
            }
        }
    }

    /** From now on, proposals are no longer posted (the desk outlives the bot and cannot be unsubscribed from). */
    public void close() {
        closed = true;
    }
}
