package dev.cairn.model.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ModelFailureTest {
    private static HttpException http(int status, String body) {
        return new HttpException(status, body);
    }

    @Test
    void statusesThatMayPassAreRetryableAndOthersAreNot() {
        assertThat(ModelFailure.of(new RateLimitException(http(429, "{}")), "k").retryable()).isTrue();
        assertThat(ModelFailure.of(new InternalServerException(http(503, "{}")), "k").retryable()).isTrue();
        assertThat(ModelFailure.of(http(408, ""), "k").retryable()).isTrue();
        for (int status : new int[] {400, 401, 403, 404, 422}) {
            assertThat(ModelFailure.of(http(status, "{}"), "k").retryable()).as("HTTP %d", status).isFalse();
        }
    }

    @Test
    void timeoutsAndConnectionErrorsAreRetryableAndUnusableAnswersAreNot() {
        assertThat(ModelFailure.of(new dev.langchain4j.exception.TimeoutException(
                new HttpTimeoutException("request timed out")), "k")).satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ModelFailure.Kind.TIMEOUT);
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.describe()).isEqualTo("timed out");
                });
        assertThat(ModelFailure.of(new CompletionException(new ConnectException("Connection refused")), "k"))
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ModelFailure.Kind.CONNECTION);
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.describe()).isEqualTo("connection failed (ConnectException: Connection refused)");
                });
        assertThat(ModelFailure.of(new IllegalStateException("cannot parse the stream"), "k").retryable()).isFalse();
        assertThat(ModelFailure.unusable("the model returned no text").retryable()).isFalse();
    }

    @Test
    void theServersMessageIsReadFromTheErrorBodyWithoutTheKey() {
        String key = "sk-proj-abcdefghijklmnop";
        ModelFailure failure = ModelFailure.of(new AuthenticationException(http(401, "{\"error\":{\"message\":"
                + "\"Incorrect API key provided: sk-proj-abc*********mnop. You can find your API key at "
                + "https://platform.openai.com.\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")),
                key);

        assertThat(failure.describe()).isEqualTo("HTTP 401 (Incorrect API key provided: sk-(hidden) You can find "
                + "your API key at https://platform.openai.com.)");
        assertThat(ModelFailure.of(http(401, "{\"error\":\"bad key " + key + "\"}"), key).describe())
                .isEqualTo("HTTP 401 (bad key (key))");
    }

    @Test
    void otherBodiesAreShortenedAndStrippedOfMarkup() {
        assertThat(ModelFailure.of(http(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"), "k")
                .describe()).isEqualTo("HTTP 502 (502 Bad Gateway)");
        assertThat(ModelFailure.of(http(404, "{\"detail\":\"Model qwen9 not found\"}"), "k").describe())
                .isEqualTo("HTTP 404 (Model qwen9 not found)");
        assertThat(ModelFailure.of(http(500, "x".repeat(500)), "k").detail()).hasSize(201);
        assertThat(ModelFailure.of(http(500, ""), "k").describe()).isEqualTo("HTTP 500");
    }
}
