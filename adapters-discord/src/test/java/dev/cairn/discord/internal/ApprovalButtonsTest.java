package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.runbook.ApprovalDesk.Decision;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ApprovalButtonsTest {

    @Test
    void requestNamesTheAskerWithoutPingingAndCarriesTheProposalIdInBothButtons() {
        MessageCreateData request = ApprovalButtons.request(proposal("Restarts one service."), Voice.english());

        assertThat(request.getContent()).isEqualTo("<@42> asked Cairn to run `restart-service(service=api)`: "
                + "Restarts one service. An approver must approve it.");
        assertThat(request.getAllowedMentions()).isEmpty();
        assertThat(request.getMentionedUsers()).isEmpty();
        List<Button> buttons = request.getComponentTree().findAll(Button.class);
        assertThat(buttons).extracting(Button::getLabel).containsExactly("Approve", "Deny");
        assertThat(buttons).extracting(Button::getCustomId)
                .containsExactly("cairn-approve:abc12345", "cairn-deny:abc12345");
    }

    @Test
    void requestWithoutDescriptionStillReadsAsOneSentence() {
        assertThat(ApprovalButtons.request(proposal(""), Voice.english()).getContent())
                .isEqualTo("<@42> asked Cairn to run `restart-service(service=api)`. An approver must approve it.");
    }

    @Test
    void anActionProposedFromAChineseQuestionIsRequestedInChineseWithChineseButtons() {
        MessageCreateData request = ApprovalButtons.request(proposal("Restarts one service.", "重启 api 服务"),
                Voice.english());

        assertThat(request.getContent()).startsWith("<@42> ").contains("`restart-service(service=api)`")
                .doesNotContain("asked Cairn", "approver");
        assertThat(request.getComponentTree().findAll(Button.class)).extracting(Button::getLabel)
                .containsExactly("批准", "拒绝");
    }

    @Test
    void whatAClickIsToldIsInTheClickersLanguage() {
        Voice voice = Voice.english();
        Decision refused = new Decision(Decision.Kind.REFUSED, Phrase.of("approval.refused", "ann", "x"));
        Decision decided = new Decision(Decision.Kind.DECIDED, Phrase.of("approval.already_approved", "x", "lead"));
        Decision ran = new Decision(Decision.Kind.RAN, Phrase.of("approval.ran", "restart-service", "lead", "200"));

        assertThat(ApprovalButtons.said(voice, refused, Optional.of("restart-service(service=api)"),
                Language.ENGLISH))
                .isEqualTo(new ApprovalButtons.Said("You may not approve restart-service(service=api): only its "
                        + "approvers may.", false));
        assertThat(ApprovalButtons.said(voice, refused, Optional.empty(), Language.CHINESE))
                .isEqualTo(new ApprovalButtons.Said("你不能批准 此操作：只有它的审批人可以。", false));
        assertThat(ApprovalButtons.said(voice, decided, Optional.empty(), Language.ENGLISH).text())
                .isEqualTo("This action was already decided.");
        assertThat(ApprovalButtons.said(voice, decided, Optional.empty(), Language.CHINESE).text())
                .isEqualTo("此操作已有决定。");
        ApprovalButtons.Said outcome = ApprovalButtons.said(voice, ran, Optional.empty(), Language.CHINESE);
        assertThat(outcome.replacesRequest()).isTrue();
        assertThat(outcome.text()).isEqualTo(voice.say(Language.CHINESE, ran.phrase())).doesNotContain("approved by");
    }

    @Test
    void outcomeRemovesTheButtons() {
        assertThat(ApprovalButtons.outcome("done").getComponents()).isEmpty();
        assertThat(ApprovalButtons.outcome("done").getContent()).isEqualTo("done");
    }

    private static Proposal proposal(String description) {
        return proposal(description, "restart");
    }

    private static Proposal proposal(String description, String question) {
        RunbookAction action = new RunbookAction("restart-service", description, List.of("service"), Set.of("7"));
        InboundMessage asked = new InboundMessage(Platform.DISCORD, "1", "2", "", new User("42", "ann"), question,
                List.of(), MessageKind.MENTION, "");
        return new Proposal("abc12345", action, Map.of("service", "api"), asked, Instant.EPOCH,
                Instant.EPOCH.plus(Duration.ofDays(1)));
    }
}
