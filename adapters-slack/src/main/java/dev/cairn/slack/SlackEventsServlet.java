package dev.cairn.slack;

import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code POST /slack/events}: slash commands, events and interactive payloads over HTTP. Reads the body raw from the
 * input stream — never through request parameters, which would re-encode it and break the signature — and hands it
 * to {@link SlackBot}.
 */
public final class SlackEventsServlet extends HttpServlet {
    /** Where Slack's Request URLs point. */
    public static final String PATH = "/slack/events";
    private static final int MAX_BODY_BYTES = 1 << 20;
    private final transient SlackBot bot;

    public SlackEventsServlet(SlackBot bot) {
        this.bot = Objects.requireNonNull(bot, "bot");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            write(response, Response.json(413, Map.of("error", "request too large")));
            return;
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        write(response, bot.handle(request.getRequestURI(), new String(bytes, StandardCharsets.UTF_8), headers,
                request.getRemoteAddr()));
    }

    private static void write(HttpServletResponse response, Response answer) throws IOException {
        response.setStatus(answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        String body = answer.getBody() == null ? "" : answer.getBody();
        response.setContentType(answer.getContentType() == null ? "text/plain; charset=utf-8"
                : answer.getContentType().contains("charset") ? answer.getContentType()
                : answer.getContentType() + "; charset=utf-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
