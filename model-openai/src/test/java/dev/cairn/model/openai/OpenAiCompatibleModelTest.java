package dev.cairn.model.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.ModelRequest;
import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolInvocation;
import dev.cairn.core.port.ToolResult;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiCompatibleModelTest {
    private static final ModelRequest REQUEST = new ModelRequest(List.of(
            new ChatMessage(ChatMessage.Role.SYSTEM, "Cite passages as [n]."),
            new ChatMessage(ChatMessage.Role.USER, "[1] leave.pdf — page 2\nFour hours.\n\nQuestion: accrual?")));
    private FakeOpenAi fake;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private OpenAiCompatibleModel model(Duration timeout, int retries) {
        return model(timeout, retries, Duration.ofMillis(20));
    }

    private OpenAiCompatibleModel model(Duration timeout, int retries, Duration firstDelay) {
        return new OpenAiCompatibleModel(new OpenAiSettings(fake.baseUrl(), "sk-test", "fake-model", 0.1, 256,
                timeout, retries), firstDelay);
    }

    @Test
    void streamsTheAnswerAndReportsItsTokens() {
        fake.then(new FakeOpenAi.Text(List.of("Four hours ", "per pay period [1]."), 321, 9));
        List<String> streamed = new ArrayList<>();

        ModelReply reply = model(Duration.ofSeconds(10), 0).complete(REQUEST, streamed::add);

        assertThat(reply).isEqualTo(new ModelReply("Four hours per pay period [1].", List.of(), 321, 9));
        assertThat(streamed).containsExactly("Four hours ", "per pay period [1].");
        assertThat(fake.requests).singleElement().satisfies(body -> assertThat(body.replaceAll("\"\\s*:\\s*", "\":"))
                .contains("\"model\":\"fake-model\"").contains("\"role\":\"system\"")
                .contains("Cite passages as [n].").contains("Question: accrual?").contains("\"stream\":true"));
    }

    @Test
    void aServerErrorIsRetriedOnceThenReported() {
        fake.then(new FakeOpenAi.Failure(503)).then(new FakeOpenAi.Text(List.of("Recovered [1]."), 10, 3));

        assertThat(model(Duration.ofSeconds(10), 1).complete(REQUEST, t -> { }).text()).isEqualTo("Recovered [1].");

        fake.then(new FakeOpenAi.Failure(500)).then(new FakeOpenAi.Failure(500));
        assertThatThrownBy(() -> model(Duration.ofSeconds(10), 1).complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class);
        assertThat(fake.requests).hasSize(4);
    }

    @Test
    void theTimeoutBoundsTheWholeAnswerSoATimedOutTryLeavesNoTimeForAnother() {
        fake.then(new FakeOpenAi.Stall(5_000)).then(new FakeOpenAi.Stall(5_000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> model(Duration.ofMillis(800), 3).complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageStartingWith("model fake-model at " + fake.baseUrl() + " failed: timed out")
                .hasMessageEndingWith(" after 1 try");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void aRefusedKeyIsTriedOnceAndReportedWithItsStatusAndTheServersWordsButNeverTheKey() {
        String key = "sk-live-0123456789abcdef";
        fake.then(new FakeOpenAi.Failure(401, "Incorrect API key provided: " + key + " (sk-live-****cdef)."))
                .then(new FakeOpenAi.Text(List.of("never asked for"), 1, 1));
        OpenAiCompatibleModel model = new OpenAiCompatibleModel(new OpenAiSettings(fake.baseUrl(), key,
                "gpt-x", 0.1, 256, Duration.ofSeconds(10), 3), Duration.ofMillis(20));

        assertThatThrownBy(() -> model.complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class)
                .hasMessage("model gpt-x at " + fake.baseUrl() + " failed: HTTP 401 (Incorrect API key provided: "
                        + "(key) (sk-(hidden)).) after 1 try")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(t.getMessage()).doesNotContain(key);
                    }
                });
        assertThat(fake.requests).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404})
    void clientErrorsAreNeverRetried(int status) {
        fake.then(new FakeOpenAi.Failure(status)).then(new FakeOpenAi.Text(List.of("never asked for"), 1, 1));

        assertThatThrownBy(() -> model(Duration.ofSeconds(10), 3).complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageContaining("failed: HTTP " + status + " (scripted failure) after 1 try");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void aServerErrorThenAnAnswerSucceedsAfterOneRetry() {
        fake.then(new FakeOpenAi.Failure(500)).then(new FakeOpenAi.Text(List.of("Recovered [1]."), 10, 3));

        ModelReply reply = model(Duration.ofSeconds(10), 3).complete(REQUEST, t -> { });

        assertThat(reply.text()).isEqualTo("Recovered [1].");
        assertThat(fake.requests).hasSize(2);
    }

    @Test
    void rateLimitsAreRetriedAndTheLastStatusIsReportedWhenTheyLast() {
        fake.then(new FakeOpenAi.Failure(429)).then(new FakeOpenAi.Text(List.of("After the limit [1]."), 10, 4));
        assertThat(model(Duration.ofSeconds(10), 2).complete(REQUEST, t -> { }).text())
                .isEqualTo("After the limit [1].");

        fake.then(new FakeOpenAi.Failure(429)).then(new FakeOpenAi.Failure(429)).then(new FakeOpenAi.Failure(429));
        assertThatThrownBy(() -> model(Duration.ofSeconds(10), 2).complete(REQUEST, t -> { }))
                .hasMessageEndingWith("failed: HTTP 429 (scripted failure) after 3 tries");
        assertThat(fake.requests).hasSize(5);
    }

    @Test
    void connectionErrorsAreRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OpenAiCompatibleModel model = new OpenAiCompatibleModel(new OpenAiSettings("http://127.0.0.1:" + closedPort
                + "/v1", "sk-test", "fake-model", 0.1, 256, Duration.ofSeconds(10), 2), Duration.ofMillis(20));

        assertThatThrownBy(() -> model.complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class)
                .hasMessageStartingWith("model fake-model at http://127.0.0.1:" + closedPort + "/v1 failed: "
                        + "connection failed")
                .hasMessageEndingWith("after 3 tries");
    }

    @Test
    void theWaitBeforeEachRetryGrows() {
        fake.then(new FakeOpenAi.Failure(503)).then(new FakeOpenAi.Failure(502)).then(new FakeOpenAi.Failure(500))
                .then(new FakeOpenAi.Text(List.of("Finally [1]."), 10, 2));

        model(Duration.ofSeconds(20), 3, Duration.ofMillis(200)).complete(REQUEST, t -> { });

        // waits are 200 ms, then 400 ms, then 800 ms, each with a quarter of jitter either way (never below 200 ms);
        // only the lower bounds are certain on a busy machine
        List<Long> at = fake.arrivals;
        assertThat(at).hasSize(4);
        assertThat(Duration.ofNanos(at.get(1) - at.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.ofNanos(at.get(2) - at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.ofNanos(at.get(3) - at.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aWaitThatWouldOutlastTheBudgetIsNotTaken() {
        fake.then(new FakeOpenAi.Failure(500)).then(new FakeOpenAi.Text(List.of("too late"), 1, 1));

        assertThatThrownBy(() -> model(Duration.ofSeconds(1), 3, Duration.ofSeconds(5)).complete(REQUEST, t -> { }))
                .hasMessageEndingWith("failed: HTTP 500 (scripted failure) after 1 try");
        assertThat(fake.requests).hasSize(1);
    }

    @Test
    void theAddressInMessagesHasNoCredentialsOrQuery() {
        assertThat(OpenAiCompatibleModel.printable("https://bob:secret@llm.example.com:8443/v1?api-key=k#x"))
                .isEqualTo("https://llm.example.com:8443/v1");
        assertThat(OpenAiCompatibleModel.printable("http://localhost:11434/v1")).isEqualTo("http://localhost:11434/v1");
    }

    @Test
    void anEmptyAnswerIsAFailure() {
        fake.then(new FakeOpenAi.Text(List.of(), 5, 0));

        assertThatThrownBy(() -> model(Duration.ofSeconds(10), 0).complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class).hasMessageContaining("no text");
    }

    @Test
    void toolsAreOfferedAsFunctionsAndAToolCallComesBackThenItsResultGoesOut() {
        fake.then(new FakeOpenAi.ToolCall("call_7", "knowledge_search", "{\"query\":\"vpn token\"}"))
                .then(new FakeOpenAi.Text(List.of("A hardware token [1]."), 80, 6));
        Tool search = new Tool() {
            @Override
            public String name() {
                return "knowledge_search";
            }

            @Override
            public String description() {
                return "Searches the team's documents.";
            }

            @Override
            public String parametersSchema() {
                return "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},"
                        + "\"required\":[\"query\"]}";
            }

            @Override
            public ToolResult execute(ToolCall call) {
                return ToolResult.ok("unused");
            }
        };
        OpenAiCompatibleModel model = model(Duration.ofSeconds(10), 0);

        ModelReply first = model.complete(new ModelRequest(REQUEST.messages(), List.of(search)), t -> { });
        List<ChatMessage> next = new java.util.ArrayList<>(REQUEST.messages());
        next.add(ChatMessage.toolCalls(first.text(), first.toolCalls()));
        next.add(ChatMessage.toolResult("call_7", "[1] vpn.md\nThe VPN needs a hardware token."));
        ModelReply second = model.complete(new ModelRequest(next, List.of(search)), t -> { });

        assertThat(first.toolCalls()).containsExactly(
                new ToolInvocation("call_7", "knowledge_search", "{\"query\":\"vpn token\"}"));
        assertThat(second.text()).isEqualTo("A hardware token [1].");
        String offer = fake.requests.get(0).replaceAll("\"\\s*:\\s*", "\":");
        assertThat(offer).contains("\"tools\"").contains("\"name\":\"knowledge_search\"")
                .contains("Searches the team's documents.").contains("\"required\"");
        String followUp = fake.requests.get(1).replaceAll("\"\\s*:\\s*", "\":");
        assertThat(followUp).contains("\"role\":\"tool\"").contains("\"tool_call_id\":\"call_7\"")
                .contains("The VPN needs a hardware token.");
    }
}
