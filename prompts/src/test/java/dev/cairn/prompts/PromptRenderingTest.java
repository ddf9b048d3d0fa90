package dev.cairn.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.port.AskerHistory.Asker;
import dev.cairn.core.prompt.CompiledPrompt;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariables;
import dev.cairn.core.prompt.RenderedPrompt;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PromptRenderingTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 29, 9, 5, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final Asker RETURNING = new Asker(12, Optional.of(Instant.parse("2026-10-01T02:00:00Z")));
    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();
    private final InboundMessage message = new InboundMessage(Platform.SLACK, "T1", "C42", "", new User("U7", "Mei"),
            "how do I file expenses?", List.of(), MessageKind.COMMAND, "", "finance", Map.of("team", "Payroll"));

    private String greeting(String source, Asker asker, int documents) {
        PromptTemplate template = new PromptTemplate("t", new PromptParts("s", source, "n"), List.of());
        RenderedPrompt rendered = CompiledPrompt.of(template, null, engine)
                .render(PromptVariables.of(message, asker, NOW, OptionalInt.of(documents)));
        return rendered.greeting();
    }

    @Test
    void rendersEveryVariable() {
        String all = "{{user.name}}|{{user.is_new}}|{{user.first_seen}}|{{user.question_count}}|{{platform}}|"
                + "{{workspace}}|{{channel.name}}|{{date}}|{{time}}|{{knowledge.document_count}}|{{inputs.team}}";
        assertThat(greeting(all, RETURNING, 3))
                .isEqualTo("Mei|false|2026-10-01|12|slack|T1|finance|2026-11-29|09:05|3|Payroll");
    }

    @Test
    void aNewUserIsNewAndFirstSeenToday() {
        assertThat(greeting("{{user.is_new}} {{user.first_seen}} {{user.question_count}}", Asker.NEW, 0))
                .isEqualTo("true 2026-11-29 0");
    }

    @Test
    void sectionsReadAsIfAndUnless() {
        String source = "{{#user.is_new}}Hi {{user.name}}, I'm Cairn.{{/user.is_new}}"
                + "{{^user.is_new}}Welcome back.{{/user.is_new}}";
        assertThat(greeting(source, Asker.NEW, 0)).isEqualTo("Hi Mei, I'm Cairn.");
        assertThat(greeting(source, RETURNING, 0)).isEqualTo("Welcome back.");
    }

    @Test
    void zeroEmptyAndMissingValuesSkipASection() {
        String source = "{{#knowledge.document_count}}{{knowledge.document_count}} docs{{/knowledge.document_count}}"
                + "{{^knowledge.document_count}}no docs{{/knowledge.document_count}}"
                + "{{#inputs.missing}}!{{/inputs.missing}}[{{inputs.missing}}]";
        assertThat(greeting(source, Asker.NEW, 0)).isEqualTo("no docs[]");
        assertThat(greeting(source, Asker.NEW, 4)).isEqualTo("4 docs[]");
    }

    @Test
    void textIsNotHtmlEscaped() {
        assertThat(greeting("Q&A for <{{channel.name}}> \"{{inputs.team}}\"", Asker.NEW, 0))
                .isEqualTo("Q&A for <finance> \"Payroll\"");
    }

    @Test
    void theBuiltInTemplateRendersCairnsOwnTexts() {
        RenderedPrompt rendered = CompiledPrompt.of(PromptTemplate.builtIn(), null, engine)
                .render(PromptVariables.of(message, Asker.NEW, NOW, OptionalInt.empty()));
        assertThat(rendered).isEqualTo(RenderedPrompt.DEFAULT);
    }

    @Test
    void theBuiltInNoAnswerNamesTheWordsNoDocumentContains() {
        CompiledPrompt builtIn = CompiledPrompt.of(PromptTemplate.builtIn(), null, engine);
        assertThat(builtIn.uses("missing_terms")).isTrue();

        RenderedPrompt tokyo = builtIn.render(PromptVariables.of(message, RETURNING, NOW, OptionalInt.empty(),
                List.of("Tokyo")));
        RenderedPrompt three = builtIn.render(PromptVariables.of(message, RETURNING, NOW, OptionalInt.empty(),
                List.of("Tokyo", "Osaka", "Kyoto")));
        RenderedPrompt none = builtIn.render(PromptVariables.of(message, RETURNING, NOW, OptionalInt.empty(),
                List.of()));

        String plain = Messages.bundled().text(Language.ENGLISH, "answer.no_answer");
        assertThat(tokyo.noAnswer()).isEqualTo(plain + " Nothing in the documents mentions Tokyo.");
        assertThat(three.noAnswer()).endsWith(". Nothing in the documents mentions Tokyo, Osaka or Kyoto.");
        assertThat(none.noAnswer()).isEqualTo(plain);
    }

    @Test
    void theBuiltInPartsSpeakTheQuestionsLanguage() {
        CompiledPrompt builtIn = CompiledPrompt.of(PromptTemplate.builtIn(), null, new MustacheTemplateEngine());
        InboundMessage chinese = InboundMessage.question(Platform.WEB, "web", new User("ann", "Ann"),
                "东京和大阪的出差补贴是多少？");

        RenderedPrompt two = builtIn.render(PromptVariables.of(chinese, RETURNING, NOW, OptionalInt.empty(),
                List.of("东京", "大阪"), Language.CHINESE));
        RenderedPrompt none = builtIn.render(PromptVariables.of(chinese, RETURNING, NOW, OptionalInt.empty(),
                List.of(), Language.CHINESE));
        RenderedPrompt english = builtIn.render(PromptVariables.of(chinese, RETURNING, NOW, OptionalInt.empty(),
                List.of(), Language.ENGLISH));

        assertThat(two.noAnswer()).isEqualTo("我在知识库里没有找到这个问题的答案。请换个说法，或者添加一份涵盖这个问题的"
                + "文档。文档里没有任何地方提到东京或大阪。");
        assertThat(none.noAnswer()).isEqualTo(Messages.bundled().text(Language.CHINESE, "answer.no_answer"));
        assertThat(none.system()).contains("the question is in Chinese, so answer in Simplified Chinese")
                .doesNotContain("the question is in English");
        assertThat(english.noAnswer()).isEqualTo(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
        assertThat(english.system()).contains("the question is in English, so answer in English")
                .doesNotContain("Chinese");
    }
}
