package dev.cairn.core.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Approvers are platform-qualified like admins, but a bare id never names a web user. */
class ApproversTest {
    private final Approvers approvers = Approvers.of(List.of("U123", "slack:UOPS", "discord:456", "web:ann"));

    @Test
    void aSlackQualifiedIdMatchesThatSlackUserOnly() {
        assertThat(approvers.include(Platform.SLACK, "UOPS")).isTrue();
        assertThat(approvers.include(Platform.DISCORD, "UOPS")).isFalse();
        assertThat(approvers.include(Platform.WEB, "UOPS")).isFalse();
    }

    @Test
    void aDiscordQualifiedIdMatchesThatDiscordUserOnly() {
        assertThat(approvers.include(Platform.DISCORD, "456")).isTrue();
        assertThat(approvers.include(Platform.SLACK, "456")).isFalse();
        assertThat(approvers.include(Platform.WEB, "456")).isFalse();
    }

    @Test
    void aWebNameMatchesTheWebKeyOfThatNameOnly() {
        assertThat(approvers.include(Platform.WEB, "ann")).isTrue();
        assertThat(approvers.include(Platform.SLACK, "ann")).isFalse();
        assertThat(approvers.include(Platform.WEB, "bob")).isFalse();
    }

    @Test
    void aBareIdMatchesSlackAndDiscordButNeverTheWeb() {
        assertThat(approvers.include(Platform.SLACK, "U123")).isTrue();
        assertThat(approvers.include(Platform.DISCORD, "U123")).isTrue();
        assertThat(approvers.include(Platform.WEB, "U123")).isFalse();
    }

    @Test
    void nobodyWithoutAnIdentityMatches() {
        assertThat(approvers.include(Platform.WEB, "")).isFalse();
        assertThat(approvers.include(Platform.SLACK, null)).isFalse();
    }

    @Test
    void anUnexpandedRoleOrAnUnknownPlatformIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> Approvers.of(List.of("role:on-call"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'role:on-call'");
        assertThatThrownBy(() -> Approvers.of(List.of("teams:U1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'teams:U1'");
        assertThatThrownBy(() -> new RunbookAction("restart", "", List.of(), java.util.Set.of("web:")))
                .hasMessageContaining("runbook restart").hasMessageContaining("'web:'");
    }
}
