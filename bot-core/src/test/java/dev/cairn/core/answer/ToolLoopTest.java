package dev.cairn.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolInvocation;
import dev.cairn.core.port.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ToolLoopTest {
    private static final Passage FOUND = new Passage("c#0", "c", "vpn.md", "slack:T1", Location.section("VPN"),
            "The VPN needs a hardware token.", 0.9, Optional.empty());
    private final List<ToolCall> calls = new ArrayList<>();

    private Tool tool(String name, Function<ToolCall, ToolResult> behaviour) {
        return new Tool() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test tool " + name;
            }

            @Override
            public String parametersSchema() {
                return "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}}}";
            }

            @Override
            public ToolResult execute(ToolCall call) {
                calls.add(call);
                return behaviour.apply(call);
            }
        };
    }

    private static Question ask(String text) {
        InboundMessage message = new InboundMessage(Platform.SLACK, "T1", "C7", "", new User("U1", "Ann"), text,
                List.of(), MessageKind.MENTION, "");
        return new Question(message, List.of());
    }

    private static ModelReply callTool(String name, String arguments) {
        return new ModelReply("", List.of(new ToolInvocation("call-1", name, arguments)), 100, 5);
    }

    @Test
    void aKnowledgeSearchCallThenAFinalAnswerCitingWhatTheToolFound() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying(
                callTool("knowledge_search", "{\"query\":\"vpn token\"}"),
                new ModelReply("You need a hardware token [1].", List.of(), 200, 9));
        Tool search = tool("knowledge_search", call -> ToolResult.passages(List.of(FOUND)));

        Answer answer = new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(search), 3,
                new ScopePolicy(Set.of())).answer(ask("What do I need for the VPN?"), List.of(), DeltaSink.NONE);

        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.arguments()).isEqualTo("{\"query\":\"vpn token\"}");
            assertThat(c.userId()).isEqualTo("U1");
            assertThat(c.channel()).isEqualTo("C7");
            assertThat(c.scopes()).containsExactly("slack:T1");
        });
        assertThat(model.requests.get(0).tools()).extracting(Tool::name).containsExactly("knowledge_search");
        List<ChatMessage> second = model.requests.get(1).messages();
        assertThat(second.get(second.size() - 2).toolCalls()).extracting(ToolInvocation::name)
                .containsExactly("knowledge_search");
        assertThat(second.get(second.size() - 1)).isEqualTo(ChatMessage.toolResult("call-1",
                "[1] vpn.md — VPN\nThe VPN needs a hardware token."));
        assertThat(answer.text()).isEqualTo("You need a hardware token [1].");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.document()).isEqualTo("vpn.md"));
        assertThat(answer.inputTokens()).isEqualTo(300);
        assertThat(answer.outputTokens()).isEqualTo(14);
    }

    @Test
    void aFailingToolIsReportedToTheModelAndTheLoopGoesOn() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying(callTool("http_request", "{}"),
                new ModelReply("The status page could not be reached.", List.of(), 50, 6));
        Tool broken = tool("http_request", call -> {
            throw new IllegalStateException("connection refused");
        });

        Answer answer = new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(broken), 3,
                new ScopePolicy(Set.of())).answer(ask("Is the status page up?"), List.of(), DeltaSink.NONE);

        List<ChatMessage> second = model.requests.get(1).messages();
        assertThat(second.get(second.size() - 1).content())
                .isEqualTo("The tool failed: http_request failed: connection refused");
        assertThat(answer.text()).isEqualTo("The status page could not be reached.");
    }

    @Test
    void afterTheLastToolStepTheModelMustAnswerWithoutTools() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying(callTool("knowledge_search", "{}"));
        Tool search = tool("knowledge_search", call -> ToolResult.passages(List.of()));

        new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(search), 2, new ScopePolicy(Set.of()))
                .answer(ask("loop forever?"), List.of(), DeltaSink.NONE);

        assertThat(model.requests).hasSize(3);
        assertThat(model.requests.get(1).tools()).hasSize(1);
        assertThat(model.requests.get(2).tools()).isEmpty();
        assertThat(calls).hasSize(2);
    }

    @Test
    void aCallToAnUnknownToolIsAnsweredWithAFailure() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying(callTool("rm_rf", "{}"),
                new ModelReply("I cannot do that.", List.of(), 10, 4));

        new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(tool("knowledge_search",
                call -> ToolResult.ok("none"))), 3, new ScopePolicy(Set.of()))
                .answer(ask("delete everything"), List.of(), DeltaSink.NONE);

        List<ChatMessage> second = model.requests.get(1).messages();
        assertThat(second.get(second.size() - 1).content()).isEqualTo("The tool failed: There is no tool named rm_rf.");
        assertThat(calls).isEmpty();
    }
}
