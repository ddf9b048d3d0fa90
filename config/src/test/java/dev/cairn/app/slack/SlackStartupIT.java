package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With Slack enabled, a missing or refused token or secret stops startup with a message naming the setting. */
class SlackStartupIT {
    @TempDir
    Path dataDir;

    private static String messages(Throwable thrown) {
        List<String> all = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.add(String.valueOf(t.getMessage()));
        }
        return String.join("\n", all);
    }

    @Test
    void startupFailsNamingTheMissingBotToken() {
        assertThatThrownBy(() -> SlackCairn.run(dataDir, List.of("cairn.slack.enabled=true",
                "cairn.slack.signing-secret=" + FakeSlack.SIGNING_SECRET)))
                .satisfies(e -> assertThat(messages(e)).contains("cairn.slack.bot-token (CAIRN_SLACK_BOT_TOKEN) must be set"));
    }

    @Test
    void startupFailsNamingTheMissingSigningSecret() {
        assertThatThrownBy(() -> SlackCairn.run(dataDir, List.of("cairn.slack.enabled=true",
                "cairn.slack.bot-token=" + FakeSlack.BOT_TOKEN)))
                .satisfies(e -> assertThat(messages(e))
                        .contains("cairn.slack.signing-secret (CAIRN_SLACK_SIGNING_SECRET) must be set"));
    }

    @Test
    void startupFailsWhenSlackRefusesTheBotTokenAndNeverEchoesIt() {
        try (FakeSlack fake = FakeSlack.start()) {
            assertThatThrownBy(() -> SlackCairn.run(dataDir, List.of("cairn.slack.enabled=true",
                    "cairn.slack.bot-token=xoxb-revoked-secret-value", "cairn.slack.signing-secret=s3cr3t",
                    "cairn.slack.api-url=" + fake.apiUrl())))
                    .satisfies(e -> assertThat(messages(e))
                            .contains("Slack refused cairn.slack.bot-token (auth.test said invalid_auth)")
                            .doesNotContain("xoxb-revoked-secret-value"));
            assertThat(fake.calls("auth.test")).hasSize(1);
        }
    }

    @Test
    void startupFailsWhenSlackRefusesTheAppTokenForSocketMode() {
        try (FakeSlack fake = FakeSlack.start()) {
            assertThatThrownBy(() -> SlackCairn.run(dataDir, List.of("cairn.slack.enabled=true",
                    "cairn.slack.bot-token=" + FakeSlack.BOT_TOKEN, "cairn.slack.app-token=xapp-wrong",
                    "cairn.slack.api-url=" + fake.apiUrl())))
                    .satisfies(e -> assertThat(messages(e))
                            .contains("could not open a Socket Mode connection with cairn.slack.app-token")
                            .contains("invalid_auth").doesNotContain("xapp-wrong"));
        }
    }

    @Test
    void slackStaysOffUnlessEnabled() {
        try (FakeSlack fake = FakeSlack.start();
             var cairn = SlackCairn.run(dataDir, List.of("cairn.slack.bot-token=" + FakeSlack.BOT_TOKEN,
                     "cairn.slack.api-url=" + fake.apiUrl()))) {
            assertThat(cairn.getBeanNamesForType(dev.cairn.slack.SlackBot.class)).isEmpty();
            assertThat(fake.calls("auth.test")).isEmpty();
        }
    }
}
