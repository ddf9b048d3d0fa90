package dev.cairn.slack.internal;

import com.slack.api.util.http.SlackHttpClient;
import dev.cairn.core.ContentSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Response;

/**
 * Opens a Slack file's bytes from its {@code url_private} with the bot token. A refusal, or the sign-in page Slack
 * sends instead of the file when the app may not read it, fails with an {@link IOException} whose message says why
 * in words a person can act on.
 */
final class SlackFileDownload implements ContentSource {
    private final SlackHttpClient http;
    private final String url;
    private final String token;
    private final String declaredType;

    /**
     * @param declaredType the file's mimetype according to {@code files.info}; an HTML answer for a file that is not
     *                     HTML is Slack's sign-in page
     */
    public SlackFileDownload(SlackHttpClient http, String url, String token, String declaredType) {
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
                throw new IOException("Slack refused the download (HTTP " + code + "); the app needs the files:read "
                        + "scope and must be reinstalled after adding it");
            }
            if (code == 404 || code == 410) {
                throw new IOException("the file is no longer on Slack (HTTP " + code + ")");
            }
            if (code != 200) {
                throw new IOException("Slack answered the download with HTTP " + code);
            }
            String type = response.header("Content-Type", "").toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html") && !declaredType.contains("html")) {
                throw new IOException("Slack sent a sign-in page instead of the file, so the app may not download "
                        + "it: give the app the files:read scope, reinstall it, and share the file again");
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
