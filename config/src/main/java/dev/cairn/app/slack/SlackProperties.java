package dev.cairn.app.slack;

import dev.cairn.slack.SlackSettings;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack adapter's settings, under {@code cairn.slack}; with {@code enabled} true, a missing token or secret stops
 * startup with a message naming the setting.
 *
 * @param enabled           turns the adapter on
 * @param botToken          the Bot User OAuth Token ({@code xoxb-…})
 * @param signingSecret     verifies requests to {@code POST /slack/events} (not needed in Socket Mode)
 * @param appToken          an app-level token ({@code xapp-…}); when set, Cairn connects over Socket Mode
 * @param apiUrl            the Web API base address
 * @param command           the slash command
 * @param knowledgeChannels ids of the channels whose shared files are indexed
 */
@ConfigurationProperties("cairn.slack")
public record SlackProperties(@DefaultValue("false") boolean enabled,
                              @DefaultValue("") String botToken,
                              @DefaultValue("") String signingSecret,
                              @DefaultValue("") String appToken,
                              @DefaultValue("https://slack.com/api/") String apiUrl,
                              @DefaultValue("/ask") String command,
                              @DefaultValue List<String> knowledgeChannels) {
    public SlackProperties {
        if (enabled) {
            toSettings(botToken, signingSecret, appToken, apiUrl, command, knowledgeChannels);
        }
    }

    /** The adapter's settings; throws {@link IllegalArgumentException} naming the first missing or invalid one. */
    public SlackSettings toSettings() {
        return toSettings(botToken, signingSecret, appToken, apiUrl, command, knowledgeChannels);
    }

    private static SlackSettings toSettings(String botToken, String signingSecret, String appToken, String apiUrl,
                                            String command, List<String> knowledgeChannels) {
        return new SlackSettings(botToken, signingSecret, appToken, apiUrl, command, new HashSet<>(knowledgeChannels));
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=" + enabled + ", apiUrl=" + apiUrl + ", command=" + command
                + ", socketMode=" + !appToken.isBlank() + ", knowledgeChannels=" + knowledgeChannels + "]";
    }
}
