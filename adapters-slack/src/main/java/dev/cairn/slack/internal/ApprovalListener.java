package dev.cairn.slack.internal;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runbook approvals in Slack: posts Approve / Deny buttons where a proposal was asked for, and turns a click into a
 * decision of the {@link ApprovalDesk} as the clicking user of the signed payload ({@code slack:<user id>}). A
 * decision, or the news that the action expired, replaces the buttons; a click by someone who may not decide, or on
 * an action already decided, is answered to the clicker only, in the clicker's Slack locale; what replaces the
 * buttons is in the language of the request it replaces.
 */
public final class ApprovalListener {
    private final ApprovalDesk desk;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final Handoff work;
    private final Voice voice;
    private final UserLocales locales;
    private volatile boolean closed;

    public ApprovalListener(ApprovalDesk desk, SlackReplies replies, BlockKitRenderer renderer, Handoff work,
                            Voice voice, UserLocales locales) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.locales = Objects.requireNonNull(locales, "locales");
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
        replies.post(target, List.of(renderer.approval(proposal)));
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
        String team = p.getTeam() != null && p.getTeam().getId() != null ? p.getTeam().getId() : ctx.getTeamId();
        User who = new User(user, p.getUser().getUsername());
        work.hand("deciding runbook action " + id, () -> decide(id, user, approve, clicker, messageTs,
                        voice.of(locales.located(team, who))),
                notice -> replies.ephemeral(clicker, voice.say(voice.of(locales.located(team, who)),
                        notice.phrase())));
        return ctx.ack();
    }

    /** Decides; returns the telling of the decision ({@code clickers} is the clicker's language). */
    private Runnable decide(String id, String user, boolean approve, ReplyTarget clicker, String messageTs,
                            Language clickers) {
        Optional<Proposal> proposal = desk.find(id);
        String action = proposal.map(Proposal::describe).orElse(id);
        Language requests = proposal.map(p -> voice.of(p.asked())).orElse(clickers);
        ApprovalDesk.Decision decision = desk.decide(id, Platform.SLACK, user, approve);
        return () -> tell(decision, action, clicker, messageTs, clickers, requests);
    }

    private void tell(ApprovalDesk.Decision decision, String action, ReplyTarget clicker, String messageTs,
                      Language clickers, Language requests) {
        switch (decision.kind()) {
            case REFUSED -> replies.ephemeral(clicker, voice.say(clickers, "slack.approval.refused",
                    SlackText.escape(action)));
            case DECIDED -> replies.ephemeral(clicker, voice.say(clickers, "slack.approval.already_decided"));
            case UNKNOWN -> replies.ephemeral(clicker, SlackText.escape(voice.say(clickers, decision.phrase())));
            case RAN, FAILED, DENIED, EXPIRED -> {
                SlackMessage decided = renderer.decided(voice.say(requests, decision.phrase()));
                if (messageTs.isEmpty() || !replies.update(clicker.channel(), messageTs, decided)) {
                    replies.post(clicker, List.of(decided));
                }
            }
        }
    }

    /** From now on, proposals are no longer posted (the desk outlives the bot and cannot be unsubscribed from). */
    public void close() {
        closed = true;
    }
}
