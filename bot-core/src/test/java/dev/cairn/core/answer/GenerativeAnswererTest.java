package dev.cairn.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Citation;
import dev.cairn.core.English;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.memory.Turn;
import dev.cairn.core.pipeline.CitationCheckStep;
import dev.cairn.core.pipeline.Exchange;
import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.Passage;
import dev.cairn.core.prompt.RenderedPrompt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerativeAnswererTest {
    private static final List<Passage> PASSAGES = List.of(
            new Passage("a#0", "a", "leave.pdf", "web", Location.page(2), "Employees accrue 4 hours per pay period.",
                    0.8, Optional.empty()),
            new Passage("b#0", "b", "contractors.md", "web", Location.section("Contractors › Leave"),
                    "Contractors follow their company's leave policy.", 0.7, Optional.of("https://chat/msg/1")));

    private static Question ask(String text, Turn... history) {
        return new Question(InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), text),
                List.of(history));
    }

    private static Answer checked(Answer answer) {
        Exchange exchange = new Exchange(InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), "q"),
                DeltaSink.NONE);
        exchange.answer(answer);
        new CitationCheckStep().apply(exchange);
        return exchange.answer().orElseThrow();
    }

    @Test
    void theModelGetsTheQuestionsRenderedPromptAndItsNoAnswerText() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying("4 hours [1].");
        RenderedPrompt prompt = new RenderedPrompt("tone", "brief", "Answer in one sentence for Ann.", "",
                "Nothing on that, Ann.");
        Question question = new Question(InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), "leave?"),
                List.of(), prompt);
        GenerativeAnswerer answerer = withoutTools(model);

        answerer.answer(question, PASSAGES, DeltaSink.NONE);
        Answer nothing = answerer.answer(question, List.of(), DeltaSink.NONE);

        assertThat(model.requests.get(0).messages().get(0))
                .isEqualTo(new ChatMessage(ChatMessage.Role.SYSTEM, "Answer in one sentence for Ann."));
        assertThat(nothing.text()).isEqualTo("Nothing on that, Ann.");
        assertThat(nothing.outcome()).isEqualTo(Outcome.NO_ANSWER);
    }

    @Test
    void theRequestCarriesTheInstructionsTheConversationThePassagesAndTheQuestion() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying("They follow their company's policy [2].");
        Turn earlier = new Turn("How much leave do employees get?", "4 hours per pay period [1].", Instant.EPOCH);

        withoutTools(model).answer(ask("and contractors?", earlier), PASSAGES,
                DeltaSink.NONE);

        List<ChatMessage> messages = model.requests.get(0).messages();
        assertThat(messages.get(0).role()).isEqualTo(ChatMessage.Role.SYSTEM);
        assertThat(messages.get(0).content()).contains("[n]").contains("do not know");
        assertThat(messages.get(1)).isEqualTo(new ChatMessage(ChatMessage.Role.USER, earlier.question()));
        assertThat(messages.get(2)).isEqualTo(new ChatMessage(ChatMessage.Role.ASSISTANT, earlier.answer()));
        assertThat(messages.get(3).content())
                .contains("[1] leave.pdf — page 2\nEmployees accrue 4 hours per pay period.")
                .contains("[2] contractors.md — Contractors › Leave\nContractors follow their company's leave policy.")
                .endsWith("Question: and contractors?");
    }

    @Test
    void aMarkerCitesThePassageOfThatNumberAndABogusOneIsRemoved() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying(
                "Contractors follow their company's policy [2]. Badges are blue [9].");

        Answer answer = checked(withoutTools(model)
                .answer(ask("and contractors?"), PASSAGES, DeltaSink.NONE));

        assertThat(answer.text()).isEqualTo("Contractors follow their company's policy [1]. Badges are blue.");
        assertThat(answer.citations()).singleElement().satisfies(c -> {
            assertThat(c.document()).isEqualTo("contractors.md");
            assertThat(c.link()).hasValue("https://chat/msg/1");
        });
        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.inputTokens()).isEqualTo(321);
        assertThat(answer.outputTokens()).isEqualTo(12);
    }

    @Test
    void aModelThatSaysItDoesNotKnowCitesNothing() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying("I don't know; the passages do not say.");

        Answer answer = checked(withoutTools(model)
                .answer(ask("what is the wifi password?"), PASSAGES, DeltaSink.NONE));

        assertThat(answer.citations()).isEmpty();
        assertThat(answer.outcome()).isEqualTo(Outcome.NO_ANSWER);
    }

    @Test
    void whenTheModelFailsTheAnswerIsExtractiveAfterOneLineSayingSo() {
        List<String> streamed = new ArrayList<>();

        Answer answer = withoutTools(ScriptedLanguageModel.failing())
                .answer(ask("How many hours do employees accrue?"), PASSAGES, streamed::add);

        assertThat(answer.text()).startsWith(English.of("answer.model_unavailable") + "\n")
                .contains("Employees accrue 4 hours per pay period. [1]");
        assertThat(answer.citations()).extracting(Citation::document).contains("leave.pdf");
        assertThat(String.join("", streamed)).isEqualTo(answer.text());
    }

    @Test
    void withNothingRelevantTheModelIsNotAsked() {
        ScriptedLanguageModel model = ScriptedLanguageModel.replying("anything");

        Answer answer = withoutTools(model)
                .answer(ask("capital of France?"), List.of(), DeltaSink.NONE);

        assertThat(model.requests).isEmpty();
        assertThat(answer.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(answer.text()).isEqualTo(English.of("answer.no_answer"));
    }

    @Test
    void theModelsTextIsStreamedAsItComes() {
        List<String> streamed = new ArrayList<>();
        withoutTools(ScriptedLanguageModel.replying("Four hours per pay period [1]."))
                .answer(ask("accrual?"), PASSAGES, streamed::add);

        assertThat(streamed).hasSizeGreaterThan(1);
        assertThat(String.join("", streamed)).isEqualTo("Four hours per pay period [1].");
    }

    private static GenerativeAnswerer withoutTools(LanguageModel model) {
        return new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(), 0, new ScopePolicy(Set.of()));
    }
}
