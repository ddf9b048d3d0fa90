package dev.cairn.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.English;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static BotReply reply(Outcome outcome, Citation... citations) {
        return new BotReply("r1", "Leave accrues monthly. [1] [2]", List.of(citations), outcome, "c", Usage.none());
    }

    @Test
    void sourcesCarryTheirMarkerAndOneLineQuotesShortenedOnceForEveryPlatform() {
        ReplyText text = ReplyText.of(reply(Outcome.ANSWERED,
                new Citation(1, "d1", "handbook.pdf", Location.page(2), "Leave   accrues\nmonthly.",
                        Optional.of("https://chat.example/1")),
                new Citation(2, "d2", "x".repeat(300), Location.none(), "word ".repeat(100),
                        Optional.of("javascript:alert(1)"))));

        assertThat(text.body()).isEqualTo("Leave accrues monthly. [1] [2]");
        assertThat(text.sources()).extracting(ReplyText.Source::marker).containsExactly("[1]", "[2]");
        ReplyText.Source first = text.sources().get(0);
        assertThat(first.quote()).isEqualTo("Leave accrues monthly.");
        assertThat(first.location()).isEqualTo(Location.page(2).label());
        assertThat(first.link()).contains("https://chat.example/1");
        ReplyText.Source second = text.sources().get(1);
        assertThat(second.document()).hasSizeLessThanOrEqualTo(ReplyText.NAME_CHARS).endsWith("…");
        assertThat(second.quote()).hasSizeLessThanOrEqualTo(ReplyText.QUOTE_CHARS).endsWith("word…");
        assertThat(second.link()).as("only http(s) links are shown").isEmpty();
        assertThat(text.votable()).isTrue();
        assertThat(text.replyId()).isEqualTo("r1");
    }

    @Test
    void onlyAnswersAreVotable() {
        assertThat(ReplyText.of(reply(Outcome.NO_ANSWER)).votable()).isTrue();
        assertThat(ReplyText.of(reply(Outcome.COMMAND)).votable()).isFalse();
        assertThat(ReplyText.of(reply(Outcome.INGESTED)).votable()).isFalse();
    }

    @Test
    void anApprovalRequestNamesTheExactActionAndWhatItDoes() {
        InboundMessage asked = new InboundMessage(Platform.SLACK, "T1", "C1", "", new User("U1", "ann"), "restart",
                List.of(), MessageKind.MENTION, "");
        RunbookAction action = new RunbookAction("restart-service", "Restarts a service...", List.of("service"),
                Set.of("slack:U2"));
        Proposal proposal = new Proposal("p1", action, Map.of("service", "api"), asked, Instant.EPOCH,
                Instant.EPOCH.plusSeconds(300));

        assertThat(English.of(ReplyText.approvalRequest(proposal))).isEqualTo("asked Cairn to run `restart-service(service=api)`: "
                + "Restarts a service. An approver must approve it.");
    }
}
