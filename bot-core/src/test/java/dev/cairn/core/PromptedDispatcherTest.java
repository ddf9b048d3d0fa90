package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.Passage;
import dev.cairn.core.prompt.LiteralTemplateEngine;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.core.prompt.PromptRoute;
import dev.cairn.core.prompt.PromptStore;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import dev.cairn.core.prompt.RenderedPrompt;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dispatcher with templates: the reply says which experiment and variant produced it, and what was retrieved. */
class PromptedDispatcherTest {
    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase();
    private final CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 100);
    private final ScopePolicy scopes = new ScopePolicy(Set.of());
    private final List<BotReply> heard = new ArrayList<>();
    private final PromptTemplate tone = new PromptTemplate("tone", new PromptParts("", "", ""), List.of(
            new PromptVariant("brief", 1, new PromptParts("", "(brief)", "")),
            new PromptVariant("warm", 1, new PromptParts("", "(warm)", ""))));
    private final PromptBook book = new PromptBook(new LiteralTemplateEngine(), PromptStore.NONE, List.of(tone),
            List.of(new PromptRoute("slack:T1", "", "tone")), "default");
    private final Dispatcher dispatcher = new Dispatcher(new BuiltInCommands(memory), new FileIntake(knowledge, scopes),
            Pipelines.standard(memory, knowledge, scopes, new PromptRenderer(book, AskerHistory.NONE, knowledge,
                    scopes, Clock.systemUTC(), ZoneOffset.UTC), new ExtractiveAnswerer(), 5, 0.1, Clock.systemUTC()),
            (message, reply) -> heard.add(reply), QuestionRateLimit.OFF, dev.cairn.core.i18n.Voice.english());

    private static InboundMessage ask(String workspace, String user, String text) {
        return InboundMessage.question(Platform.SLACK, workspace, new User(user, user), text);
    }

    @Test
    void theReplyNamesItsExperimentAndVariantAndKeepsWhatWasRetrieved() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        knowledge.add("slack:T1", "travel.pdf", "Travel days count as work days, not leave.");

        BotReply reply = dispatcher.handle(ask("T1", "U5", "How many days of annual leave?"));

        assertThat(reply.usage().experiment()).isEqualTo("tone");
        assertThat(reply.usage().variant()).isIn("brief", "warm");
        assertThat(reply.text()).startsWith("(" + reply.usage().variant() + ")\n");
        assertThat(reply.retrieved()).extracting(Passage::document).contains("leave.pdf", "travel.pdf");
        assertThat(heard).containsExactly(reply);
    }

    @Test
    void outsideTheRoutedScopeTheBuiltInTemplateCountsAsDefault() {
        BotReply reply = dispatcher.handle(ask("T2", "U5", "How many days of annual leave?"));

        assertThat(reply.usage().experiment()).isEqualTo("default");
        assertThat(reply.usage().variant()).isEqualTo("default");
        assertThat(reply.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(reply.text()).isEqualTo(PromptTemplate.NO_ANSWER); // the literal engine renders sources as written
    }

    @Test
    void commandsCarryNoVariantAndNothingRetrieved() {
        BotReply reply = dispatcher.handle(ask("T1", "U5", "help"));

        assertThat(reply.usage().variant()).isEqualTo("default");
        assertThat(reply.retrieved()).isEmpty();
    }

    @Test
    void aPreviewUsesTheGivenPromptAndIsNotHeard() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        RenderedPrompt draft = new RenderedPrompt("default", "draft", "", "Draft says:", "none");

        BotReply reply = dispatcher.preview(ask("T1", "U5", "How many days of annual leave?"), draft);

        assertThat(reply.text()).startsWith("Draft says:\n").contains("13 days");
        assertThat(reply.usage().variant()).isEqualTo("draft");
        assertThat(heard).isEmpty();
    }

    @Test
    void aNoAnswerThatNamesMissingWordsIsStillANoAnswerWithoutCitations() {
        knowledge.unknown = List.of("Tokyo");
        PromptTemplate named = new PromptTemplate("named", new PromptParts("", "", "missing: {{missing_terms}}"),
                List.of());
        PromptBook missingBook = new PromptBook(new VariableTemplateEngine(), PromptStore.NONE, List.of(named),
                List.of(new PromptRoute("slack:T3", "", "named")), "default");
        Dispatcher d = new Dispatcher(new BuiltInCommands(memory), new FileIntake(knowledge, scopes),
                Pipelines.standard(memory, knowledge, scopes, new PromptRenderer(missingBook, AskerHistory.NONE,
                        knowledge, scopes, Clock.systemUTC(), ZoneOffset.UTC), new ExtractiveAnswerer(), 5, 0.1,
                        Clock.systemUTC()), (message, reply) -> heard.add(reply), QuestionRateLimit.OFF, dev.cairn.core.i18n.Voice.english());

        BotReply reply = d.handle(ask("T3", "U5", "whats the per diem in Tokyo?"));

        assertThat(reply.text()).isEqualTo("missing: Tokyo");
        assertThat(reply.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(reply.citations()).isEmpty();
        assertThat(knowledge.unknownAsked).containsExactly("whats the per diem in Tokyo?");
    }

    /** Renders "{{missing_terms}}" only, which is enough to see the variable reach the no-answer part. */
    private static final class VariableTemplateEngine implements dev.cairn.core.prompt.TemplateEngine {
        @Override
        public CompiledText compile(String name, String source) {
            return new CompiledText() {
                @Override
                public List<Tag> tags() {
                    return source.contains("{{missing_terms}}") ? List.of(new Tag("missing_terms", 1)) : List.of();
                }

                @Override
                public String render(java.util.Map<String, Object> values) {
                    return source.replace("{{missing_terms}}", String.valueOf(values.get("missing_terms")));
                }
            };
        }
    }
}
