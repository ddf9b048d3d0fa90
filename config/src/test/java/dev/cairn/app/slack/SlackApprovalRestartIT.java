package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.OpsEndpoint;
import dev.cairn.app.slack.FakeSlack.Call;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pending approvals live in the records database: a proposal made before a restart is listed after it, and its
 * Approve button (a signed Slack click) still runs the action, once. A proposal not decided within
 * {@code cairn.runbooks.approval-ttl} says it expired and runs nothing.
 */
class SlackApprovalRestartIT {
    private static final String APPROVER = "UOPSLEAD";

    @TempDir
    Path dataDir;

    private static Proposal propose(SlackCairn cairn, String channel, String service) {
        RunbookAction action = new RunbookAction("restart-service", "Restarts one service.", List.of("service"),
                Set.of(APPROVER));
        InboundMessage asked = new InboundMessage(Platform.SLACK, "TOPS", channel, "", new User("UDEV", "dev"),
                "please restart " + service, List.of(), MessageKind.MENTION, "");
        return cairn.bean(ApprovalDesk.class).propose(action, Map.of("service", service), asked);
    }

    private static SlackSender.Reply approve(SlackCairn cairn, FakeSlack fake, String channel, String messageTs,
                                             String proposalId) {
        return cairn.slack.interaction(SlackPayloads.buttonClick("TOPS", channel, APPROVER, messageTs,
                "cairn_runbook_approve", proposalId, fake.responseUrl("r-" + messageTs)));
    }

    private static String[] settings(OpsEndpoint ops, String... extra) {
        List<String> settings = new ArrayList<>(ops.restartService("slack:" + APPROVER));
        settings.addAll(List.of(extra));
        return settings.toArray(String[]::new);
    }

    @Test
    void aProposalMadeBeforeARestartIsListedAfterItAndItsButtonRunsTheActionOnce() {
        try (OpsEndpoint ops = new OpsEndpoint(); FakeSlack fake = FakeSlack.start()) {
            Proposal proposal;
            try (SlackCairn before = SlackCairn.start(dataDir, fake, settings(ops))) {
                proposal = propose(before, "CBEFORE", "api");
                fake.awaitPostIn("CBEFORE");
            }

            try (SlackCairn after = SlackCairn.start(dataDir, fake, settings(ops))) {
                ApprovalDesk desk = after.bean(ApprovalDesk.class);
                assertThat(desk.pending()).extracting(Proposal::id, Proposal::describe)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(proposal.id(),
                                "restart-service(service=api)"));
                String messageTs = fake.nextTs();

                assertThat(approve(after, fake, "CBEFORE", messageTs, proposal.id()).status()).isEqualTo(200);
                Call updated = fake.awaitCall("chat.update", c -> c.param("channel").equals("CBEFORE"));
                assertThat(updated.allText()).contains("restart-service(service=api) approved by " + APPROVER)
                        .contains("HTTP 200");
                assertThat(ops.hits()).containsExactly("POST /restart/api {\"service\":\"api\"}");

                approve(after, fake, "CBEFORE", messageTs, proposal.id());
                Call again = fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals("CBEFORE"));
                assertThat(again.param("text")).contains("already decided");
                assertThat(ops.hits()).hasSize(1);
                assertThat(desk.pending()).isEmpty();
            }
        }
    }

    @Test
    void aProposalNotDecidedInTimeSaysItExpiredAndRunsNothing() throws InterruptedException {
        try (OpsEndpoint ops = new OpsEndpoint(); FakeSlack fake = FakeSlack.start();
             SlackCairn cairn = SlackCairn.start(dataDir, fake, settings(ops, "cairn.runbooks.approval-ttl=1s"))) {
            Proposal proposal = propose(cairn, "CLATE", "db");
            fake.awaitPostIn("CLATE");
            while (!cairn.bean(ApprovalDesk.class).pending().isEmpty()) {
                Thread.sleep(50);
            }
            String messageTs = fake.nextTs();

            approve(cairn, fake, "CLATE", messageTs, proposal.id());

            Call updated = fake.awaitCall("chat.update", c -> c.param("channel").equals("CLATE"));
            assertThat(updated.param("ts")).isEqualTo(messageTs);
            assertThat(updated.allText()).contains("restart-service(service=db) expired at "
                    + proposal.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .contains("ask again");
            assertThat(ops.hits()).isEmpty();
        }
    }
}
