package dev.cairn.prompts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.prompt.PromptCatalog;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRoute;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import dev.cairn.core.prompt.TemplateException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateValidationTest {
    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();

    private void catalogOf(PromptTemplate template) {
        PromptCatalog.of(List.of(template), List.of(), "default", engine);
    }

    @Test
    void anUnknownVariableNamesTemplatePartAndLine() {
        PromptTemplate support = new PromptTemplate("support", new PromptParts("Line one.\nHello {{user.name}}.\n"
                + "Your team: {{user.team}}", "", ""), List.of());
        assertThatThrownBy(() -> catalogOf(support)).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("prompt template support part system, line 3: unknown variable 'user.team'")
                .extracting(e -> ((TemplateException) e).line()).isEqualTo(3);
    }

    @Test
    void anUnknownSectionInsideAVariantIsFound() {
        PromptTemplate tone = new PromptTemplate("tone", new PromptParts("", "", ""), List.of(
                new PromptVariant("plain", 1, new PromptParts("", "ok", "")),
                new PromptVariant("warm", 1, new PromptParts("", "{{#user.is_new}}\n{{^user.vip}}hi{{/user.vip}}"
                        + "{{/user.is_new}}", ""))));
        assertThatThrownBy(() -> catalogOf(tone))
                .hasMessageStartingWith("prompt template tone (variant warm) part greeting, line 2: unknown variable "
                        + "'user.vip'");
    }

    @Test
    void aSyntaxErrorNamesTheLine() {
        PromptTemplate broken = new PromptTemplate("broken", new PromptParts("", "", "Sorry.\n\n"
                + "{{#user.is_new}}Welcome{{/user.name}}"), List.of());
        assertThatThrownBy(() -> catalogOf(broken)).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("prompt template broken part no-answer, line 3:");
    }

    @Test
    void anUnclosedSectionIsASyntaxError() {
        PromptTemplate open = new PromptTemplate("open", new PromptParts("{{#user.is_new}}hi", "", ""), List.of());
        assertThatThrownBy(() -> catalogOf(open)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("prompt template open part system");
    }

    @Test
    void aRouteToAMissingTemplateIsRefused() {
        assertThatThrownBy(() -> PromptCatalog.of(List.of(), List.of(new PromptRoute("slack:T1", "", "nope")),
                "default", engine)).hasMessageContaining("'nope', which does not exist");
        assertThatThrownBy(() -> PromptCatalog.of(List.of(), List.of(), "missing", engine))
                .hasMessageContaining("cairn.prompts.default names the prompt template 'missing'");
    }
}
