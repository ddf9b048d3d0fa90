package dev.cairn.discord.internal;

import dev.cairn.core.Handoff;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.Vote;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 👍 / 👎 buttons under an answer, and their clicks: each button's custom id carries the reply id, so a click is
 * recorded on the feedback log without any memory of the answer, before a restart or after. The voter alone is told
 * whether the vote was recorded, in their language (their Discord locale, else {@code cairn.language}); the vote is
 * stored on the pool (through {@link Handoff}).
 */
public final class VoteButtons extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(VoteButtons.class);
    static final String UP = "vote:up:";
    static final String DOWN = "vote:down:";
    static final String THANKS = "discord.vote.thanks";
    static final String UNKNOWN_ANSWER = "discord.vote.unknown_answer";
    private final Voice voice;
    private final FeedbackLog feedback;
    private final Handoff handoff;
    private final ScopePolicy scopes;
    private final Clock clock;

    public VoteButtons(FeedbackLog feedback, Handoff handoff, ScopePolicy scopes, Clock clock, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The row of buttons for the reply {@code replyId}; empty when the id does not fit in a custom id. */
    static Optional<ActionRow> row(String replyId) {
        if (replyId.isBlank() || DOWN.length() + replyId.length() > Button.ID_MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(ActionRow.of(Button.secondary(UP + replyId, "👍"), Button.secondary(DOWN + replyId, "👎")));
    }

    /** The vote and reply id a custom id carries, when it is one of these buttons. */
    static Optional<Cast> parse(String customId) {
        Vote vote = customId.startsWith(UP) ? Vote.UP : customId.startsWith(DOWN) ? Vote.DOWN : null;
        if (vote == null) {
            return Optional.empty();
        }
        String replyId = customId.substring(vote == Vote.UP ? UP.length() : DOWN.length());
        return replyId.isBlank() ? Optional.empty() : Optional.of(new Cast(replyId, vote));
    }

    /** A click's meaning: which reply, which way. */
    record Cast(String replyId, Vote vote) {
        Cast {
            Objects.requireNonNull(replyId, "replyId");
            Objects.requireNonNull(vote, "vote");
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<Cast> cast = parse(event.getComponentId());
        if (cast.isEmpty()) {
            return;
        }
        event.deferEdit().queue(null, e -> LOG.warn("Could not acknowledge a vote: {}", e.getMessage()));
        InteractionHook hook = event.getHook();
        Language language = voice.of(InboundTranslator.user(event));
        handoff.hand("recording a vote on reply " + cast.get().replyId(), () -> {
            String said = voice.say(language, record(event, cast.get()) ? THANKS : UNKNOWN_ANSWER);
            return () -> Notices.tell(hook, said);
        }, notice -> Notices.tell(hook, voice.say(language, notice.phrase())));
    }

    private boolean record(ButtonInteraction click, Cast cast) {
        String workspace = Optional.ofNullable(click.getGuild()).map(Guild::getId)
                .or(() -> scopes.directMessageWorkspace(SharedServers.of(click.getJDA(), click.getUser().getIdLong())))
                .orElse("");
        boolean known = feedback.record(new Feedback(cast.replyId(), Platform.DISCORD, workspace,
                click.getUser().getId(), cast.vote(), clock.instant()));
        if (!known) {
            LOG.info("A vote on reply {} was not recorded: the answer is not known", cast.replyId());
        }
        return known;
    }
}
