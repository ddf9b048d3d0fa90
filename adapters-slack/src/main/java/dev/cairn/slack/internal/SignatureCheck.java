package dev.cairn.slack.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies that a request came from Slack: {@code X-Slack-Signature} must be {@code v0=} + hex(HMAC-SHA256(signing
 * secret, "v0:" + timestamp + ":" + raw body)) and {@code X-Slack-Request-Timestamp} within five minutes of now, in
 * either direction. Works on the body's UTF-8 bytes whatever the platform's default charset (Bolt's own check uses
 * the default charset, which breaks Chinese text on a JVM started with another one).
 */
public final class SignatureCheck {
    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private final byte[] secret;
    private final Clock clock;

    public SignatureCheck(String signingSecret, Clock clock) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new IllegalArgumentException("signingSecret must not be blank");
        }
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Why the request is not Slack's, or empty when it is. */
    public Optional<String> problem(String timestamp, String body, String signature) {
        if (timestamp == null || signature == null) {
            return Optional.of("no Slack signature headers");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of("malformed timestamp");
        }
        if (Math.abs(clock.millis() / 1000 - seconds) > MAX_SKEW.toSeconds()) {
            return Optional.of("timestamp more than 5 minutes from now (stale or replayed)");
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.empty() : Optional.of("signature does not match");
    }

    private String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
