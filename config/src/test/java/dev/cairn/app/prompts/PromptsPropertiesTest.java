package dev.cairn.app.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PromptsPropertiesTest {
    @TempDir
    Path dir;

    private static PromptsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("cairn.prompts",
                PromptsProperties.class);
    }

    @Test
    void partsComeInlineOrFromFilesAndVariantsKeepTheirOrderAndWeights() throws Exception {
        Path system = Files.writeString(dir.resolve("support.txt"), "You are the support desk.\nBe kind.");
        PromptsProperties prompts = bind(Map.of(
                "cairn.prompts.default", "support",
                "cairn.prompts.templates.support.system-file", system.toString(),
                "cairn.prompts.templates.support.no-answer", "Ask #help.",
                "cairn.prompts.templates.support.variants.short.weight", "30",
                "cairn.prompts.templates.support.variants.short.greeting", "Short:",
                "cairn.prompts.routes[0].scope", "slack:T1",
                "cairn.prompts.routes[0].template", "support"));

        assertThat(prompts.defaultTemplate()).isEqualTo("support");
        assertThat(prompts.toTemplates()).containsExactly(new PromptTemplate("support",
                new PromptParts("You are the support desk.\nBe kind.", "", "Ask #help."),
                List.of(new PromptVariant("short", 30, new PromptParts("", "Short:", "")))));
        assertThat(prompts.toRoutes()).singleElement().satisfies(r -> {
            assertThat(r.scope()).isEqualTo("slack:T1");
            assertThat(r.template()).isEqualTo("support");
        });
    }

    @Test
    void withNothingSetTheBuiltInTemplateIsTheDefault() {
        PromptsProperties prompts = bind(Map.of());
        assertThat(prompts.defaultTemplate()).isEqualTo("default");
        assertThat(prompts.toTemplates()).isEmpty();
        assertThat(prompts.toRoutes()).isEmpty();
    }

    @Test
    void aMissingFileOrAPartSetTwiceIsNamed() {
        assertThatThrownBy(() -> bind(Map.of("cairn.prompts.templates.t.greeting-file",
                dir.resolve("missing.txt").toString())).toTemplates())
                .hasMessageContaining("cairn.prompts.templates.t.greeting-file: cannot read");
        assertThatThrownBy(() -> bind(Map.of("cairn.prompts.templates.t.system", "inline",
                "cairn.prompts.templates.t.system-file", "x.txt")).toTemplates())
                .hasMessageContaining("cairn.prompts.templates.t sets both system and system-file");
    }
}
