package dev.cairn.app.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to Cairn's {@code /slack/events} exactly as Slack does: form or JSON bodies, signed with the secret. */
final class SlackSender {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String secret;

    SlackSender(String url, String secret) {
        this.url = url;
        this.secret = secret;
    }

    /** The answer Cairn gave Slack. */
    record Reply(int status, String body) {
    }

    /** A slash command as Slack posts it: a form, with {@code *} encoded as {@code %2A} and spaces as {@code +}. */
    Reply command(String team, String channel, String user, String text, String responseUrl) {
        return signedForm(commandForm(team, channel, user, text, responseUrl), now(), Map.of());
    }

    static String commandForm(String team, String channel, String user, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "deprecated-verification-token");
        form.put("team_id", team);
        form.put("team_domain", team.toLowerCase());
        form.put("channel_id", channel);
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/ask");
        form.put("text", text);
        form.put("api_app_id", "ACAIRN");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return encode(form);
    }

    /** An Events API callback around {@code event}, delivered for the {@code retry}-th time (0: first delivery). */
    Reply event(String team, String eventId, String eventJson, int retry) {
        Map<String, String> headers = retry == 0 ? Map.of()
                : Map.of("X-Slack-Retry-Num", String.valueOf(retry), "X-Slack-Retry-Reason", "http_timeout");
        return signed(callback(team, eventId, eventJson), "application/json", now(), headers);
    }

    /** The {@code event_callback} around an event; the installation's own team is another one than {@code team}. */
    static String callback(String team, String eventId, String eventJson) {
        return "{\"token\":\"deprecated\",\"team_id\":\"" + team + "\",\"api_app_id\":\"ACAIRN\",\"event\":"
                + eventJson + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":"
                + now() + ",\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"" + FakeSlack.HOME_TEAM
                + "\",\"user_id\":\"" + FakeSlack.BOT_USER + "\",\"is_bot\":true,\"is_enterprise_install\":false}],"
                + "\"is_ext_shared_channel\":false,\"event_context\":\"4-eyJldCI6ImFwcF9tZW50aW9uIn0\"}";
    }

    /** An interactive payload (a button click), posted as Slack does: a form with one field, {@code payload}. */
    Reply interaction(String payloadJson) {
        return signedForm(encode(Map.of("payload", payloadJson)), now(), Map.of());
    }

    Reply signedForm(String form, long timestamp, Map<String, String> headers) {
        return signed(form, "application/x-www-form-urlencoded", timestamp, headers);
    }

    Reply signed(String body, String contentType, long timestamp, Map<String, String> headers) {
        return send(body, contentType, String.valueOf(timestamp), signature(secret, timestamp, body), headers);
    }

    Reply send(String body, String contentType, String timestamp, String signature, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", timestamp).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)), over the body's UTF-8 bytes. */
    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Form encoding as Slack does it (URLEncoder leaves {@code *} alone; Slack encodes it). */
    static String encode(Map<String, String> form) {
        StringJoiner out = new StringJoiner("&");
        form.forEach((k, v) -> out.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8).replace("*", "%2A")));
        return out.toString();
    }
}
