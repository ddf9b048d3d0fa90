package dev.cairn.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void namesTheMissingSetting() {
        assertThatThrownBy(() -> SlackSettings.of(" ", "secret", "", List.of()))
                .hasMessageStartingWith("cairn.slack.bot-token (CAIRN_SLACK_BOT_TOKEN) must be set");
        assertThatThrownBy(() -> SlackSettings.of("xoxb-1", "", "", List.of()))
                .hasMessageStartingWith("cairn.slack.signing-secret (CAIRN_SLACK_SIGNING_SECRET) must be set");
        assertThatThrownBy(() -> new SlackSettings("xoxb-1", "s", "", "slack.com/api", "/ask", Set.of()))
                .hasMessageStartingWith("cairn.slack.api-url must be an http(s) URL");
        assertThatThrownBy(() -> new SlackSettings("xoxb-1", "s", "", "", "ask", Set.of()))
                .hasMessageStartingWith("cairn.slack.command must be a slash command");
    }

    @Test
    void socketModeNeedsNoSigningSecret() {
        SlackSettings settings = SlackSettings.of("xoxb-1", "", "xapp-1", List.of(" C1 ", ""));

        assertThat(settings.socketMode()).isTrue();
        assertThat(settings.knowledgeChannels()).containsExactly("C1");
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void addsTheTrailingSlashToTheApiUrlAndNeverShowsSecrets() {
        SlackSettings settings = new SlackSettings("xoxb-secret-token", "signing-secret-value", "xapp-secret",
                "http://127.0.0.1:9/api", "/ask", Set.of());

        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
        assertThat(settings.toString()).doesNotContain("xoxb-secret-token", "signing-secret-value", "xapp-secret");
    }
}
