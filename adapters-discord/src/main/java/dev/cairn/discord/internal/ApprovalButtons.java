package dev.cairn.discord.internal;

import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.reply.ReplyText;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts Approve / Deny buttons for runbook actions proposed on Discord, where they were asked, and turns a click into
 * a decision of the approval desk. A click is acknowledged at once; the decision (which may run an HTTP call) is made
 * on the pool (through {@link Handoff}), as the clicking user of the interaction ({@code discord:<user id>}). Only an approver's decision
 * changes the message: it then shows the outcome (or that the action expired), without buttons.
 */
public final class ApprovalButtons extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalButtons.class);
    static final String APPROVE = "cairn-approve:";
    static final String DENY = "cairn-deny:";
    static final String ALREADY_DECIDED = "This action was already decided.";
    private final Voice voice;
    private final ApprovalDesk desk;
    private final Handoff handoff;

    public ApprovalButtons(ApprovalDesk desk, Handoff handoff, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.handoff = Objects.requireNonNull(handoff, "handoff");
    }

    /** Posts the approval request for {@code proposal} when it was asked on Discord; failures are logged. */
    public void announce(JDA jda, Proposal proposal) {
        if (proposal.asked().platform() != Platform.DISCORD) {
            return;
        }
        String where = proposal.asked().thread().isEmpty() ? proposal.channel() : proposal.asked().thread();
        GuildMessageChannel channel = where.isEmpty() ? null : jda.getChannelById(GuildMessageChannel.class, where);
        if (channel == null) {
            LOG.warn("Cannot post approval {} for {}: channel '{}' is unknown to the bot", proposal.id(),
                    proposal.describe(), where);
            return;
        }
        channel.sendMessage(request(proposal, voice)).queue(
                sent -> LOG.info("Posted approval {} for {} in {}", proposal.id(), proposal.describe(), where),
                e -> LOG.warn("Could not post approval {} in {}: {}", proposal.id(), where, e.getMessage()));
    }

    static MessageCreateData request(Proposal proposal, Voice voice) {
        String text = "<@" + proposal.requestedBy() + "> " + voice.say(proposal.asked(), ReplyText.approvalRequest(proposal));
        return new MessageCreateBuilder().setContent(ReplyRenderer.shorten(text, Message.MAX_CONTENT_LENGTH))
                .setComponents(ActionRow.of(Button.success(APPROVE + proposal.id(), "Approve"),
                        Button.danger(DENY + proposal.id(), "Deny")))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String custom = event.getComponentId();
        boolean approve = custom.startsWith(APPROVE);
        if (!approve && !custom.startsWith(DENY)) {
            return;
        }
        String id = custom.substring(approve ? APPROVE.length() : DENY.length());
        String user = event.getUser().getId();
        event.deferEdit().queue(null, e -> LOG.warn("Could not acknowledge approval click: {}", e.getMessage()));
        InteractionHook hook = event.getHook();
        handoff.hand("deciding approval " + id + " for user " + user, () -> decide(hook, id, user, approve),
                notice -> Notices.tell(hook, voice.say(voice.fallback(), notice.phrase())));
    }

    /** Decides; returns the telling of the decision. */
    private Runnable decide(InteractionHook hook, String id, String user, boolean approve) {
        Optional<String> action = desk.find(id).map(Proposal::describe);
        ApprovalDesk.Decision decision = desk.decide(id, Platform.DISCORD, user, approve);
        LOG.info("Approval {} clicked by {} ({}): {}", id, user, approve ? "approve" : "deny", decision.kind());
        return () -> tell(hook, decision, action);
    }

    private void tell(InteractionHook hook, ApprovalDesk.Decision decision, Optional<String> action) {
        switch (decision.kind()) {
            case REFUSED -> Notices.tell(hook, "You may not approve " + action.orElse("this action")
                    + ": only its approvers may.");
            case DECIDED -> Notices.tell(hook, ALREADY_DECIDED);
            case UNKNOWN -> Notices.tell(hook, voice.say(voice.fallback(), decision.phrase()));
            case RAN, FAILED, DENIED, EXPIRED -> hook.editOriginal(outcome(voice.say(voice.fallback(), decision.phrase()))).complete();
        }
    }

    static MessageEditData outcome(String text) {
        return new MessageEditBuilder().setContent(ReplyRenderer.shorten(text, Message.MAX_CONTENT_LENGTH))
                .setComponents(List.of()).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }
}
