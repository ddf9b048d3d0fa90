package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {
    // The worked example of Slack's documentation on verifying requests.
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private final SignatureCheck check = new SignatureCheck(SECRET,
            Clock.fixed(Instant.ofEpochSecond(1531420618 + 60), ZoneOffset.UTC));

    @Test
    void acceptsSlacksOwnExample() {
        assertThat(check.problem(TIMESTAMP, BODY, SIGNATURE)).isEmpty();
    }

    @Test
    void refusesAChangedBodyAWrongSecretAndMissingHeaders() {
        assertThat(check.problem(TIMESTAMP, BODY.replace("%2F", "/"), SIGNATURE)).contains("signature does not match");
        assertThat(new SignatureCheck("other", Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC))
                .problem(TIMESTAMP, BODY, SIGNATURE)).contains("signature does not match");
        assertThat(check.problem(null, BODY, SIGNATURE)).contains("no Slack signature headers");
        assertThat(check.problem("soon", BODY, SIGNATURE)).contains("malformed timestamp");
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesAwayEitherWay() {
        SignatureCheck later = new SignatureCheck(SECRET,
                Clock.fixed(Instant.ofEpochSecond(1531420618 + 301), ZoneOffset.UTC));
        SignatureCheck earlier = new SignatureCheck(SECRET,
                Clock.fixed(Instant.ofEpochSecond(1531420618 - 301), ZoneOffset.UTC));

        assertThat(later.problem(TIMESTAMP, BODY, SIGNATURE)).hasValueSatisfying(p -> assertThat(p).contains("stale"));
        assertThat(earlier.problem(TIMESTAMP, BODY, SIGNATURE)).isPresent();
    }

    @Test
    void signsTheUtf8BytesOfChineseText() {
        // computed with: printf "v0:1:text=年假" | openssl dgst -sha256 -hmac secret (UTF-8 bytes)
        String body = "text=年假";
        SignatureCheck now = new SignatureCheck("secret", Clock.fixed(Instant.ofEpochSecond(1), ZoneOffset.UTC));
        assertThat(now.problem("1", body,
                "v0=f953035e75c10d92de2d62c9f34ef4ea5211ab220d175de2704cb73560999ebc")).isEmpty();
    }
}
