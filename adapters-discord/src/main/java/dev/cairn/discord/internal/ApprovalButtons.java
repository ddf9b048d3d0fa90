package dev.cairn.discord.internal;

import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.i18n.Language;
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
 * on the pool (through {@link Handoff}), as the clicking user of the interaction ({@code discord:<user id>}). Only an
 * approver's decision changes the message: it then shows the outcome (or that the action expired), without buttons.
 * The request is worded in the language of the question that proposed the action; what a click is told, in the
 * clicking user's (their Discord locale, else {@code cairn.language}).
 */
public final class ApprovalButtons extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalButtons.class);
    static final String APPROVE = "cairn-approve:";
    static final String DENY = "cairn-deny:";
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

    /** The request, text and buttons in the language of the question that proposed the action. */
    static MessageCreateData request(Proposal proposal, Voice voice) {
        Language language = voice.of(proposal.asked());
        String text = "<@" + proposal.requestedBy() + "> " + voice.say(language, ReplyText.approvalRequest(proposal));
        return new MessageCreateBuilder().setContent(ReplyRenderer.shorten(text, Message.MAX_CONTENT_LENGTH))
                .setComponents(ActionRow.of(
                        Button.success(APPROVE + proposal.id(), voice.say(language, "discord.approval.approve")),
                        Button.danger(DENY + proposal.id(), voice.say(language, "discord.approval.deny"))))
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
        Language language = voice.of(InboundTranslator.user(event));
        event.deferEdit().queue(null, e -> LOG.warn("Could not acknowledge approval click: {}", e.getMessage()));
        InteractionHook hook = event.getHook();
        handoff.hand("deciding approval " + id + " for user " + user,
                () -> decide(hook, id, user, approve, language),
                notice -> Notices.tell(hook, voice.say(language, notice.phrase())));
    }

    /** Decides; returns the telling of the decision, in {@code language} (the clicking user's). */
    private Runnable decide(InteractionHook hook, String id, String user, boolean approve, Language language) {
        Optional<String> action = desk.find(id).map(Proposal::describe);
        ApprovalDesk.Decision decision = desk.decide(id, Platform.DISCORD, user, approve);
        LOG.info("Approval {} clicked by {} ({}): {}", id, user, approve ? "approve" : "deny", decision.kind());
        return () -> tell(hook, said(voice, decision, action, language));
    }

    private static void tell(InteractionHook hook, Said said) {
        if (said.replacesRequest()) {
            hook.editOriginal(outcome(said.text())).complete();
        } else {
            Notices.tell(hook, said.text());
        }
    }

    /** What the clicker is told: a line only they see, or the outcome that replaces the request and its buttons. */
    record Said(String text, boolean replacesRequest) {
        Said {
            Objects.requireNonNull(text, "text");
        }
    }

    /** What a click's {@code decision} on {@code action} (when still known) says, in {@code language}. */
    static Said said(Voice voice, ApprovalDesk.Decision decision, Optional<String> action, Language language) {
        return switch (decision.kind()) {
            case REFUSED -> new Said(voice.say(language, "discord.approval.refused",
                    action.orElseGet(() -> voice.say(language, "discord.approval.this_action"))), false);
            case DECIDED -> new Said(voice.say(language, "discord.approval.already_decided"), false);
            case UNKNOWN -> new Said(voice.say(language, decision.phrase()), false);
            case RAN, FAILED, DENIED, EXPIRED -> new Said(voice.say(language, decision.phrase()), true);
        };
    }

    static MessageEditData outcome(String text) {
        return new MessageEditBuilder().setContent(ReplyRenderer.shorten(text, Message.MAX_CONTENT_LENGTH))
                .setComponents(List.of()).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
    }
}
