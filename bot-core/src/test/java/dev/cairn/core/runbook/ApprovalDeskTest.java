package dev.cairn.core.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalDeskTest {
    private final RunbookAction restart = new RunbookAction("restart-service", "Restarts a service.",
            List.of("service"), Set.of("U_OPS"));
    private final List<Map<String, String>> runs = new ArrayList<>();
    private final ApprovalDesk desk = new ApprovalDesk((action, args) -> {
        runs.add(args);
        return new ActionRunner.Outcome(true, "HTTP 200");
    }, Clock.systemUTC());
    private final RunbookTool tool = new RunbookTool(restart, desk);

    private Proposal proposeViaTool() {
        ToolResult result = tool.execute(new ToolCall("{\"service\": \"api\"}", "U_ASKER", "C1", Set.of("web")));
        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("restart-service(service=api)").contains("has NOT run");
        return desk.pending().get(0);
    }

    @Test
    void theModelsProposalRunsNothingUntilAnApproverApprovesItAndThenRunsOnce() {
        Proposal proposal = proposeViaTool();
        assertThat(runs).isEmpty();
        assertThat(proposal.requestedBy()).isEqualTo("U_ASKER");

        ApprovalDesk.Decision approved = desk.decide(proposal.id(), "U_OPS", true);
        ApprovalDesk.Decision again = desk.decide(proposal.id(), "U_OPS", true);

        assertThat(approved.kind()).isEqualTo(ApprovalDesk.Decision.Kind.RAN);
        assertThat(approved.message()).contains("restart-service(service=api)").contains("HTTP 200");
        assertThat(again.kind()).isEqualTo(ApprovalDesk.Decision.Kind.UNKNOWN);
        assertThat(runs).containsExactly(Map.of("service", "api"));
    }

    @Test
    void someoneWhoIsNotAnApproverIsRefusedAndTheProposalStaysPending() {
        Proposal proposal = proposeViaTool();

        ApprovalDesk.Decision refused = desk.decide(proposal.id(), "U_ASKER", true);

        assertThat(refused.kind()).isEqualTo(ApprovalDesk.Decision.Kind.REFUSED);
        assertThat(runs).isEmpty();
        assertThat(desk.find(proposal.id())).isPresent();
    }

    @Test
    void aDenialDropsTheProposalWithoutRunningIt() {
        Proposal proposal = proposeViaTool();

        assertThat(desk.decide(proposal.id(), "U_OPS", false).kind()).isEqualTo(ApprovalDesk.Decision.Kind.DENIED);
        assertThat(runs).isEmpty();
        assertThat(desk.pending()).isEmpty();
    }

    @Test
    void aProposalWithoutItsParametersIsRefusedToTheModel() {
        ToolResult result = tool.execute(new ToolCall("{}", "U_ASKER", "", Set.of("web")));

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
        tool.execute(new ToolCall("{\"service\": \"db\"}", "U_ASKER", "C1", Set.of("web")));

        assertThat(heard).hasSize(1);
        assertThat(desk.pending()).hasSize(2);
    }
}
