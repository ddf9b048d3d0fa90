package dev.cairn.core.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.English;
import dev.cairn.core.Platform;
import dev.cairn.core.port.StoredApproval;
import dev.cairn.core.port.ToolCalls;
import dev.cairn.core.port.ToolResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalDeskTest {
    private final RunbookAction restart = new RunbookAction("restart-service", "Restarts a service.",
            List.of("service"), Set.of("U_OPS", "web:ann"));
    private final List<Map<String, String>> runs = new ArrayList<>();
    private final ActionRunner runner = (action, args) -> {
        runs.add(args);
        return new ActionRunner.Outcome(true, "HTTP 200");
    };
    private final InMemoryApprovalStore store = new InMemoryApprovalStore();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T01:00:00Z"));
    private final ApprovalDesk desk = new ApprovalDesk(store, List.of(restart), runner, clock, Duration.ofHours(1));
    private final RunbookTool tool = new RunbookTool(restart, desk);

    private Proposal proposeViaTool() {
        ToolResult result = tool.execute(ToolCalls.fromWeb("{\"service\": \"api\"}", "U_ASKER", "C1", Set.of("web")));
        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("restart-service(service=api)").contains("has NOT run");
        return desk.pending().get(0);
    }

    @Test
    void theModelsProposalRunsNothingUntilAnApproverApprovesItAndThenRunsOnce() {
        Proposal proposal = proposeViaTool();
        assertThat(runs).isEmpty();
        assertThat(proposal.requestedBy()).isEqualTo("U_ASKER");
        assertThat(proposal.expiresAt()).isEqualTo(Instant.parse("2026-12-05T02:00:00Z"));

        ApprovalDesk.Decision approved = desk.decide(proposal.id(), Platform.SLACK, "U_OPS", true);
        ApprovalDesk.Decision again = desk.decide(proposal.id(), Platform.SLACK, "U_OPS", true);

        assertThat(approved.kind()).isEqualTo(ApprovalDesk.Decision.Kind.RAN);
        assertThat(English.of(approved.phrase())).contains("restart-service(service=api) approved by U_OPS").contains("HTTP 200");
        assertThat(again.kind()).isEqualTo(ApprovalDesk.Decision.Kind.DECIDED);
        assertThat(English.of(again.phrase())).contains("already approved by slack:U_OPS");
        assertThat(runs).containsExactly(Map.of("service", "api"));
        assertThat(store.find(proposal.id()).orElseThrow().state()).isEqualTo(StoredApproval.State.APPROVED);
        assertThat(store.outcomes).containsEntry(proposal.id(), "ran: HTTP 200");
    }

    @Test
    void someoneWhoIsNotAnApproverIsRefusedAndTheProposalStaysPending() {
        Proposal proposal = proposeViaTool();

        ApprovalDesk.Decision refused = desk.decide(proposal.id(), Platform.SLACK, "U_ASKER", true);

        assertThat(refused.kind()).isEqualTo(ApprovalDesk.Decision.Kind.REFUSED);
        assertThat(runs).isEmpty();
        assertThat(desk.find(proposal.id())).isPresent();
    }

    @Test
    void aBareApproverIdDecidesFromSlackOrDiscordButNotAsAWebKeyOfThatName() {
        Proposal proposal = proposeViaTool();

        assertThat(desk.decide(proposal.id(), Platform.WEB, "U_OPS", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.REFUSED);
        assertThat(desk.decide(proposal.id(), Platform.SLACK, "ann", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.REFUSED);
        assertThat(runs).isEmpty();

        ApprovalDesk.Decision byWeb = desk.decide(proposal.id(), Platform.WEB, "ann", true);
        assertThat(byWeb.kind()).isEqualTo(ApprovalDesk.Decision.Kind.RAN);
        assertThat(store.find(proposal.id()).orElseThrow().decidedBy()).isEqualTo("web:ann");
        assertThat(runs).hasSize(1);
    }

    @Test
    void aDenialDropsTheProposalWithoutRunningIt() {
        Proposal proposal = proposeViaTool();

        ApprovalDesk.Decision denied = desk.decide(proposal.id(), Platform.DISCORD, "U_OPS", false);

        assertThat(denied.kind()).isEqualTo(ApprovalDesk.Decision.Kind.DENIED);
        assertThat(English.of(denied.phrase())).isEqualTo("restart-service(service=api) was denied by U_OPS.");
        assertThat(runs).isEmpty();
        assertThat(desk.pending()).isEmpty();
        assertThat(desk.decide(proposal.id(), Platform.SLACK, "U_OPS", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.DECIDED);
        assertThat(desk.decide("no-such-id", Platform.SLACK, "U_OPS", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.UNKNOWN);
        assertThat(runs).isEmpty();
    }

    @Test
    void anExpiredProposalSaysWhenItExpiredRunsNothingAndIsNoLongerPending() {
        Proposal proposal = proposeViaTool();
        clock.now = proposal.expiresAt();

        ApprovalDesk.Decision late = desk.decide(proposal.id(), Platform.SLACK, "U_OPS", true);

        assertThat(late.kind()).isEqualTo(ApprovalDesk.Decision.Kind.EXPIRED);
        assertThat(English.of(late.phrase())).isEqualTo("restart-service(service=api) expired at 2026-12-05T02:00:00Z without a "
                + "decision; ask again.");
        assertThat(runs).isEmpty();
        assertThat(desk.pending()).isEmpty();
        assertThat(desk.find(proposal.id())).isEmpty();
    }

    @Test
    void aStoredProposalIsDecidedByTheApproversConfiguredNowAndLeftAloneOnceItsActionIsGone() {
        Proposal proposal = proposeViaTool();
        RunbookAction handedOver = new RunbookAction("restart-service", "Restarts a service.", List.of("service"),
                Set.of("discord:999"));
        ApprovalDesk reconfigured = new ApprovalDesk(store, List.of(handedOver), runner, clock, Duration.ofHours(1));
        ApprovalDesk withoutIt = new ApprovalDesk(store, List.of(), runner, clock, Duration.ofHours(1));

        assertThat(reconfigured.find(proposal.id()).orElseThrow().action()).isEqualTo(handedOver);
        assertThat(withoutIt.pending()).isEmpty();
        assertThat(English.of(withoutIt.decide(proposal.id(), Platform.SLACK, "U_OPS", true).phrase()))
                .contains("no longer configured");
        assertThat(reconfigured.decide(proposal.id(), Platform.SLACK, "U_OPS", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.REFUSED);
        assertThat(reconfigured.decide(proposal.id(), Platform.DISCORD, "999", true).kind())
                .isEqualTo(ApprovalDesk.Decision.Kind.RAN);
        assertThat(runs).hasSize(1);
    }

    @Test
    void aProposalKeepsWhereAndByWhomItWasAskedThroughTheStore() {
        Proposal proposal = proposeViaTool();

        StoredApproval stored = store.find(proposal.id()).orElseThrow();

        assertThat(stored.action()).isEqualTo("restart-service");
        assertThat(stored.arguments()).containsExactly(Map.entry("service", "api"));
        assertThat(stored.platform()).isEqualTo(Platform.WEB);
        assertThat(stored.channel()).isEqualTo("C1");
        assertThat(stored.requester().id()).isEqualTo("U_ASKER");
        assertThat(stored.state()).isEqualTo(StoredApproval.State.PENDING);
    }

    @Test
    void anActionThatIsNotConfiguredCannotBeProposed() {
        RunbookAction stray = new RunbookAction("drop-database", "", List.of(), Set.of("U_OPS"));

        assertThatThrownBy(() -> new RunbookTool(stray, desk).execute(ToolCalls.fromWeb("{}", "U_ASKER", "C1",
                Set.of("web")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("drop-database");
        assertThat(desk.pending()).isEmpty();
    }

    @Test
    void aProposalWithoutItsParametersIsRefusedToTheModel() {
        ToolResult result = tool.execute(ToolCalls.fromWeb("{}", "U_ASKER", "", Set.of("web")));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("\"service\" is required");
        assertThat(desk.pending()).isEmpty();
    }

    @Test
    void theToolDescribesItsParametersAsAJsonSchema() {
        assertThat(tool.name()).isEqualTo("runbook_restart_service");
        assertThat(tool.parametersSchema()).isEqualTo(
                "{\"type\":\"object\",\"properties\":{\"service\":{\"type\":\"string\"}},\"required\":[\"service\"]}");
    }

    @Test
    void subscribersHearOfEachProposalWithWhereItWasAsked() {
        List<Proposal> heard = new ArrayList<>();
        desk.subscribe(heard::add);
        desk.subscribe(p -> {
            throw new IllegalStateException("a broken adapter");
        });

        Proposal proposal = proposeViaTool();

        assertThat(heard).containsExactly(proposal);
        assertThat(proposal.asked().channel()).isEqualTo("C1");
        assertThat(proposal.requestedBy()).isEqualTo("U_ASKER");
    }

    @Test
    void anUnsubscribedListenerHearsNoMore() {
        List<Proposal> heard = new ArrayList<>();
        Runnable unsubscribe = desk.subscribe(heard::add);
        proposeViaTool();

        unsubscribe.run();
        clock.now = clock.now.plusSeconds(1);
        tool.execute(ToolCalls.fromWeb("{\"service\": \"db\"}", "U_ASKER", "C1", Set.of("web")));

        assertThat(heard).hasSize(1);
        assertThat(desk.pending()).extracting(Proposal::describe)
                .containsExactly("restart-service(service=api)", "restart-service(service=db)");
    }

    @Test
    void aTimeToLiveMustBePositive() {
        assertThatThrownBy(() -> new ApprovalDesk(store, List.of(restart), runner, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
    }

    /** A clock a test moves by hand. */
    static final class SettableClock extends Clock {
        volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
