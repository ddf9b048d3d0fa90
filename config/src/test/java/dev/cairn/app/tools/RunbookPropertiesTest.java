package dev.cairn.app.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.Platform;
import dev.cairn.core.runbook.RunbookAction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roles expand to their members, whatever form each member takes; bad approvers and expiries stop startup. */
class RunbookPropertiesTest {
    private static RunbookProperties.Action restart(String... approvers) {
        return new RunbookProperties.Action("restart-service", "Restarts one service.", List.of("service"),
                List.of(approvers), "POST", "http://127.0.0.1:9/restart/{{service}}", "");
    }

    @Test
    void aRoleStandsForEveryMemberEachMatchingAsItIsWritten() {
        RunbookProperties runbooks = new RunbookProperties(List.of(restart("role:on-call", "discord:77")),
                Map.of("on-call", List.of("slack:UOPS", " web:ann ", "U123")), Duration.ofSeconds(30),
                Duration.ofHours(24));

        RunbookAction action = runbooks.runbookActions().get(0);

        assertThat(action.approvers()).containsExactlyInAnyOrder("slack:UOPS", "web:ann", "U123", "discord:77");
        assertThat(action.approvableBy(Platform.SLACK, "UOPS")).isTrue();
        assertThat(action.approvableBy(Platform.WEB, "ann")).isTrue();
        assertThat(action.approvableBy(Platform.DISCORD, "U123")).isTrue();
        assertThat(action.approvableBy(Platform.WEB, "U123")).isFalse();
        assertThat(action.approvableBy(Platform.DISCORD, "77")).isTrue();
        assertThat(action.approvableBy(Platform.SLACK, "77")).isFalse();
    }

    @Test
    void anUnknownRoleOrAnApproverOfNoPlatformStopsStartupNamingTheAction() {
        assertThatThrownBy(() -> new RunbookProperties(List.of(restart("role:nobody")), Map.of(),
                Duration.ofSeconds(30), Duration.ofHours(24)).runbookActions())
                .hasMessageContaining("restart-service").hasMessageContaining("role:nobody");
        assertThatThrownBy(() -> new RunbookProperties(List.of(restart("teams:U1")), Map.of(),
                Duration.ofSeconds(30), Duration.ofHours(24)).runbookActions())
                .hasMessageContaining("cairn.runbooks.actions").hasMessageContaining("restart-service")
                .hasMessageContaining("'teams:U1'");
    }

    @Test
    void theApprovalTimeToLiveMustBePositive() {
        assertThatThrownBy(() -> new RunbookProperties(List.of(), Map.of(), Duration.ofSeconds(30), Duration.ZERO))
                .hasMessageContaining("cairn.runbooks.approval-ttl");
    }
}
