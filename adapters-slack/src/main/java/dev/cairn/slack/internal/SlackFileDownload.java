package dev.cairn.slack.internal;

import com.slack.api.util.http.SlackHttpClient;
import dev.cairn.core.ContentSource;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Response;

/**
 * Opens a Slack file's bytes from its {@code url_private} with the bot token. A refusal, or the sign-in page Slack
 * sends instead of the file when the app may not read it, fails with an {@link IOException} whose message says why
 * in words a person can act on, in the language of the person who shared the file (it ends up in their file report).
 */
final class SlackFileDownload implements ContentSource {
    private final SlackHttpClient http;
    private final String url;
    private final String token;
    private final String declaredType;
    private final Voice voice;
    private final Language language;

    /**
     * @param declaredType the file's mimetype according to {@code files.info}; an HTML answer for a file that is not
     *                     HTML is Slack's sign-in page
     * @param language     the language of a failure's message
     */
    public SlackFileDownload(SlackHttpClient http, String url, String token, String declaredType, Voice voice,
                             Language language) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.language = Objects.requireNonNull(language, "language");
        this.http = Objects.requireNonNull(http, "http");
        this.url = Objects.requireNonNull(url, "url");
        this.token = Objects.requireNonNull(token, "token");
        this.declaredType = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
    }

    @Override
    public InputStream open() throws IOException {
        Response response = http.get(url, null, token);
        try {
            int code = response.code();
            if (code == 401 || code == 403) {
                throw new IOException(voice.say(language, "slack.download.refused", String.valueOf(code)));
            }
            if (code == 404 || code == 410) {
                throw new IOException(voice.say(language, "slack.download.gone", String.valueOf(code)));
            }
            if (code != 200) {
                throw new IOException(voice.say(language, "slack.download.http", String.valueOf(code)));
            }
            String type = response.header("Content-Type", "").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html") && !declaredType.contains("html")) {
                throw new IOException(voice.say(language, "slack.download.sign_in_page"));
            }
            Response open = response;
            response = null;
            return new FilterInputStream(open.body().byteStream()) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        open.close();
                    }
                }
            };
        } finally {
            if (response != null) {
                response.close();
            }
        }
    }
}
