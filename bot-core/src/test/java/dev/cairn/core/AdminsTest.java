package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admin entries name a Slack or Discord user (bare ids), or a user of one platform only. */
class AdminsTest {
    @Test
    void aBareIdIsAnAdminOnSlackAndDiscordButNeverOnTheWebAQualifiedOneOnlyOnItsOwn() {
        Admins admins = Admins.of(List.of("U123", " slack:UOPS ", "Discord:456", "web:team:alice"));

        assertThat(admins.includes(Platform.SLACK, "U123")).isTrue();
        assertThat(admins.includes(Platform.DISCORD, "U123")).isTrue();
        assertThat(admins.includes(Platform.WEB, "U123")).as("web users name themselves").isFalse();
        assertThat(admins.includes(Platform.SLACK, "UOPS")).isTrue();
        assertThat(admins.includes(Platform.DISCORD, "UOPS")).isFalse();
        assertThat(admins.includes(Platform.DISCORD, "456")).isTrue();
        assertThat(admins.includes(Platform.SLACK, "456")).isFalse();
        assertThat(admins.includes(Platform.WEB, "team:alice")).isTrue();
        assertThat(admins.includes(Platform.WEB, "alice")).isFalse();
        assertThat(admins.includes(Platform.SLACK, "u123")).as("ids are case-sensitive").isFalse();
        assertThat(Admins.NONE.includes(Platform.SLACK, "U123")).isFalse();
    }

    @Test
    void aUserThePlatformDoesNotVouchForIsNoAdmin() {
        Admins admins = Admins.of(List.of("web:alice", "U123"));

        assertThat(admins.includes(message(Platform.WEB, new User("alice", "Alice", true)))).isTrue();
        assertThat(admins.includes(message(Platform.WEB, new User("alice", "Alice", false)))).isFalse();
        assertThat(admins.includes(message(Platform.SLACK, new User("U123", "ops")))).isTrue();
    }

    private static InboundMessage message(Platform platform, User user) {
        return new InboundMessage(platform, "w", "c", "", user, "stats", List.of(), MessageKind.DIRECT, "");
    }

    @Test
    void refusesUnknownPlatformsNamingTheEntryAndSkipsBlanks() {
        assertThatThrownBy(() -> Admins.of(List.of("teams:U1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'teams:U1'");
        assertThatThrownBy(() -> Admins.of(List.of("slack:"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'slack:'");
        Admins withBlanks = Admins.of(Arrays.asList("U1", " ", null, ""));
        assertThat(withBlanks.includes(Platform.SLACK, "U1")).isTrue();
        assertThat(withBlanks.includes(Platform.SLACK, "")).as("a blank entry makes no one with an empty id an admin")
                .isFalse();
        assertThat(withBlanks.includes(Platform.SLACK, " ")).isFalse();
    }
}
