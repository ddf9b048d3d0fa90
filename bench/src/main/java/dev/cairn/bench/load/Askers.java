package dev.cairn.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Asks Cairn one question the way each route does: {@code POST /api/v1/chat} with JSON, or a slash command or an
 * {@code app_mention} event posted to {@code /slack/events} and signed exactly as Slack signs it; an event not
 * acknowledged within 3 s is delivered again with {@code X-Slack-Retry-Num}, as Slack does. Cairn's response and how
 * long it took go to the {@link Ledger}; a failure to get one counts as HTTP -1.
 */
final class Askers {
    /** How long Slack waits for an acknowledgement before it retries an event or shows the user an error. */
    static final Duration SLACK_GIVES_UP = Duration.ofSeconds(3);
    private static final List<String> QUESTIONS = List.of(
            "What is the daily meal allowance on a business trip?",
            "How many days do I have to submit my travel receipts?",
            "Which class may I book for a flight longer than six hours?",
            "How much may a hotel night cost in a large city?");
    private final HttpClient http;
    private final String cairnUrl;
    private final String signingSecret;
    private final FakeSlackApi slack;
    private final Ledger ledger;
    private final Tokens tokens;
    private final AtomicLong retries = new AtomicLong();

    Askers(HttpClient http, String cairnUrl, String signingSecret, FakeSlackApi slack, Ledger ledger, Tokens tokens) {
        this.http = http;
        this.cairnUrl = cairnUrl;
        this.signingSecret = signingSecret;
        this.slack = slack;
        this.ledger = ledger;
        this.tokens = tokens;
    }

    String question(int asker) {
        return QUESTIONS.get(Math.floorMod(asker, QUESTIONS.size())) + " (ref " + tokens.question(asker) + ")";
    }

    void ask(Ledger.Asker asker) {
        String question = question(asker.id());
        HttpRequest request = switch (asker.route()) {
            case WEB -> HttpRequest.newBuilder(URI.create(cairnUrl + "/api/v1/chat"))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + asker.user() + "\",\"query\":\""
                            + question + "\"}")).build();
            case SLASH -> signed(commandForm(asker, question), "application/x-www-form-urlencoded");
            case MENTION -> signed(mentionCallback(asker, question), "application/json");
        };
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> sent = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        int status;
        String body;
        try {
            HttpResponse<String> response;
            if (asker.route() == Ledger.Route.MENTION) {
                try {
                    response = sent.get(SLACK_GIVES_UP.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    retry(asker, question);
                    response = sent.get();
                }
            } else {
                response = sent.get();
            }
            status = response.statusCode();
            body = response.body();
        } catch (ExecutionException e) {
            status = -1;
            body = e.getCause().toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ledger.responded(asker, status, body, System.nanoTime() - start);
    }

    /** As Slack does when an event is not acknowledged within 3 s: delivers it again, marked as a retry. */
    private void retry(Ledger.Asker asker, String question) throws InterruptedException {
        retries.incrementAndGet();
        HttpRequest again = signed(mentionCallback(asker, question), "application/json", Map.of(
                "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        try {
            http.send(again, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // what Cairn does with the first delivery is what counts
        }
    }

    /** Events delivered again because Cairn took longer than 3 s to acknowledge them. */
    long retries() {
        return retries.get();
    }

    private String commandForm(Ledger.Asker asker, String question) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "deprecated-verification-token");
        form.put("team_id", FakeSlackApi.TEAM);
        form.put("team_domain", "cairn-load");
        form.put("channel_id", asker.channel());
        form.put("channel_name", "load");
        form.put("user_id", asker.user());
        form.put("user_name", asker.user().toLowerCase());
        form.put("command", "/ask");
        form.put("text", question);
        form.put("api_app_id", "ALOAD");
        form.put("is_enterprise_install", "false");
        form.put("response_url", slack.responseUrl(asker.channel()));
        form.put("trigger_id", "1." + asker.id() + ".load");
        StringJoiner out = new StringJoiner("&");
        form.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("*", "%2A")));
        return out.toString();
    }

    private String mentionCallback(Ledger.Asker asker, String question) {
        String ts = asker.threadTs();
        String event = "{\"type\":\"app_mention\",\"user\":\"" + asker.user() + "\",\"text\":\"<@"
                + FakeSlackApi.BOT_USER + "> " + question + "\",\"ts\":\"" + ts + "\",\"team\":\"" + FakeSlackApi.TEAM
                + "\",\"channel\":\"" + asker.channel() + "\",\"event_ts\":\"" + ts + "\"}";
        return "{\"token\":\"deprecated\",\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"api_app_id\":\"ALOAD\",\"event\":"
                + event + ",\"type\":\"event_callback\",\"event_id\":\"Ev" + tokens + asker.id() + "\",\"event_time\":"
                + System.currentTimeMillis() / 1000 + ",\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\""
                + FakeSlackApi.TEAM + "\",\"user_id\":\"" + FakeSlackApi.BOT_USER + "\",\"is_bot\":true,"
                + "\"is_enterprise_install\":false}],\"is_ext_shared_channel\":false}";
    }

    private HttpRequest signed(String body, String contentType) {
        return signed(body, contentType, Map.of());
    }

    private HttpRequest signed(String body, String contentType, Map<String, String> headers) {
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cairnUrl + "/slack/events"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return request.build();
    }

    /** {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)). */
    private String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
