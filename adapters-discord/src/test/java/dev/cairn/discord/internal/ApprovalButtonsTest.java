package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ApprovalButtonsTest {

    @Test
    void requestNamesTheAskerWithoutPingingAndCarriesTheProposalIdInBothButtons() {
        MessageCreateData request = ApprovalButtons.request(proposal("Restarts one service."), dev.cairn.core.i18n.Voice.english());

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
        assertThat(ApprovalButtons.request(proposal(""), dev.cairn.core.i18n.Voice.english()).getContent())
                .isEqualTo("<@42> asked Cairn to run `restart-service(service=api)`. An approver must approve it.");
    }

    @Test
    void outcomeRemovesTheButtons() {
        assertThat(ApprovalButtons.outcome("done").getComponents()).isEmpty();
        assertThat(ApprovalButtons.outcome("done").getContent()).isEqualTo("done");
    }

    private static Proposal proposal(String description) {
        RunbookAction action = new RunbookAction("restart-service", description, List.of("service"), Set.of("7"));
        InboundMessage asked = new InboundMessage(Platform.DISCORD, "1", "2", "", new User("42", "ann"), "restart",
                List.of(), MessageKind.MENTION, "");
        return new Proposal("abc12345", action, Map.of("service", "api"), asked, Instant.EPOCH,
                Instant.EPOCH.plus(Duration.ofDays(1)));
    }
}
