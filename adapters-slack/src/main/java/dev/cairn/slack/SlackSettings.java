package dev.cairn.slack;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the Slack adapter connects; the constructor rejects a missing token or secret with a message naming the
 * setting, and {@link #toString()} never shows a secret.
 *
 * @param botToken          the bot token ({@code xoxb-…}), for every Web API call and file download
 * @param signingSecret     verifies requests to {@code POST /slack/events}; may be blank in Socket Mode
 * @param appToken          the app-level token ({@code xapp-…}); when set, Cairn connects over Socket Mode
 * @param apiUrl            the Web API base, {@code https://slack.com/api/} unless behind a proxy or in tests
 * @param command           the slash command, {@code /ask} by default
 * @param knowledgeChannels ids of the channels whose shared files are indexed
 */
public record SlackSettings(String botToken, String signingSecret, String appToken, String apiUrl, String command,
                            Set<String> knowledgeChannels) {
    public SlackSettings {
        botToken = blankToEmpty(botToken);
        signingSecret = blankToEmpty(signingSecret);
        appToken = blankToEmpty(appToken);
        if (botToken.isEmpty()) {
            throw new IllegalArgumentException("cairn.slack.bot-token (CAIRN_SLACK_BOT_TOKEN) must be set when the "
                    + "Slack adapter is enabled: copy the Bot User OAuth Token (xoxb-…) from the app's OAuth page");
        }
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new IllegalArgumentException("cairn.slack.signing-secret (CAIRN_SLACK_SIGNING_SECRET) must be set "
                    + "when the Slack adapter is enabled without Socket Mode: copy the Signing Secret from the app's "
                    + "Basic Information page (or set cairn.slack.app-token to use Socket Mode)");
        }
        apiUrl = normalizeApiUrl(apiUrl);
        command = blankToEmpty(command);
        if (!command.matches("/[\\p{L}\\p{N}_-]{1,31}")) {
            throw new IllegalArgumentException("cairn.slack.command must be a slash command such as /ask, was '"
                    + command + "'");
        }
        knowledgeChannels = Set.copyOf(Objects.requireNonNull(knowledgeChannels, "knowledgeChannels").stream()
                .map(String::strip).filter(c -> !c.isEmpty()).toList());
    }

    /** Settings with the default Web API address and command. */
    public static SlackSettings of(String botToken, String signingSecret, String appToken, List<String> channels) {
        return new SlackSettings(botToken, signingSecret, appToken, "https://slack.com/api/", "/ask",
                Set.copyOf(channels));
    }

    /** True when Cairn receives events over a Socket Mode websocket instead of {@code POST /slack/events}. */
    public boolean socketMode() {
        return !appToken.isEmpty();
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", command=" + command + ", socketMode=" + socketMode()
                + ", knowledgeChannels=" + knowledgeChannels + "]";
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String normalizeApiUrl(String value) {
        String url = blankToEmpty(value);
        if (url.isEmpty()) {
            return "https://slack.com/api/";
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cairn.slack.api-url is not a URL: '" + url + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("cairn.slack.api-url must be an http(s) URL such as "
                    + "https://slack.com/api/, was '" + url + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
