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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        return new OpenAiCompatibleModel(new OpenAiSettings(fake.baseUrl(), "sk-test", "fake-model", 0.1, 256,
                timeout, retries));
    }

    @Test
    void streamsTheAnswerAndReportsItsTokens() {
        fake.then(new FakeOpenAi.Text(List.of("Four hours ", "per pay period [1]."), 321, 9));
        List<String> streamed = new ArrayList<>();

        ModelReply reply = model(Duration.ofSeconds(10), 0).complete(REQUEST, streamed::add);

        assertThat(reply).isEqualTo(new ModelReply("Four hours per pay period [1].", 321, 9));
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
    void theTimeoutBoundsTheWholeAnswer() {
        fake.then(new FakeOpenAi.Stall(5_000)).then(new FakeOpenAi.Stall(5_000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> model(Duration.ofMillis(800), 1).complete(REQUEST, t -> { }))
                .isInstanceOf(LanguageModelException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
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
