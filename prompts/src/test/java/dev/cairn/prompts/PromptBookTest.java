package dev.cairn.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.prompt.CompiledPrompt;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRoute;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import dev.cairn.core.prompt.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptBookTest {
    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();
    @TempDir
    Path dir;

    private static PromptTemplate named(String name, String greeting) {
        return new PromptTemplate(name, new PromptParts("", greeting, ""), List.of());
    }

    private static InboundMessage asked(Platform platform, String workspace, String channel, String channelName,
                                        String user) {
        return new InboundMessage(platform, workspace, channel, "", new User(user, user), "q", List.of(),
                MessageKind.MENTION, "", channelName, Map.of());
    }

    private PromptBook book(List<PromptTemplate> templates, List<PromptRoute> routes) {
        return new PromptBook(engine, new FilePromptStore(dir.resolve("prompts")), templates, routes, "default");
    }

    @Test
    void aChannelRouteBeatsAScopeRouteWhichBeatsTheDefault() {
        PromptBook book = book(List.of(named("team", "team"), named("support", "support")),
                List.of(new PromptRoute("slack:T1", "", "team"), new PromptRoute("slack:T1", "#help", "support")));

        assertThat(book.catalog().select(asked(Platform.SLACK, "T1", "C9", "help", "U1"), "slack:T1").variant())
                .isEqualTo("support");
        assertThat(book.catalog().select(asked(Platform.SLACK, "T1", "C8", "random", "U1"), "slack:T1").variant())
                .isEqualTo("team");
        assertThat(book.catalog().select(asked(Platform.SLACK, "T2", "C9", "help", "U1"), "slack:T2").variant())
                .isEqualTo("default");
    }

    @Test
    void anExperimentRecordsItsNameAndTheUsersStickyVariant() {
        PromptTemplate tone = new PromptTemplate("tone", new PromptParts("", "", ""), List.of(
                new PromptVariant("brief", 1, new PromptParts("", "brief", "")),
                new PromptVariant("warm", 1, new PromptParts("", "warm", ""))));
        PromptBook book = book(List.of(tone), List.of(new PromptRoute("", "", "tone")));

        CompiledPrompt first = book.catalog().select(asked(Platform.DISCORD, "G1", "1", "q", "42"), "discord:G1");
        assertThat(first.experiment()).isEqualTo("tone");
        assertThat(first.variant()).isIn("brief", "warm");
        for (int i = 0; i < 10; i++) {
            assertThat(book.catalog().select(asked(Platform.DISCORD, "G1", "1", "q", "42"), "discord:G1").variant())
                    .isEqualTo(first.variant());
        }
    }

    @Test
    void savingPutsATemplateInEffectAndKeepsItAcrossRestarts() {
        PromptBook book = book(List.of(named("team", "configured")), List.of(new PromptRoute("web", "", "team")));
        book.save(named("team", "saved {{user.name}}"));

        assertThat(book.catalog().template("team").orElseThrow().parts().greeting()).isEqualTo("saved {{user.name}}");
        assertThat(Files.exists(dir.resolve("prompts/team.json"))).isTrue();

        PromptBook restarted = book(List.of(named("team", "configured")), List.of(new PromptRoute("web", "", "team")));
        assertThat(restarted.catalog().template("team").orElseThrow().parts().greeting())
                .isEqualTo("saved {{user.name}}");
        assertThat(restarted.catalog().template("team").orElseThrow().parts().system())
                .as("empty parts are the built-in ones").isEqualTo(PromptTemplate.builtIn().parts().system());
    }

    @Test
    void aBadTemplateIsNeitherSavedNorUsed() {
        PromptBook book = book(List.of(named("team", "configured")), List.of());

        assertThatThrownBy(() -> book.save(named("team", "hello\n{{user.nickname}}")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("line 2");
        assertThat(book.catalog().template("team").orElseThrow().parts().greeting()).isEqualTo("configured");
        assertThat(dir.resolve("prompts/team.json")).doesNotExist();
    }

    @Test
    void variantsRoundTripThroughTheStore() {
        FilePromptStore store = new FilePromptStore(dir);
        PromptTemplate tone = new PromptTemplate("tone", new PromptParts("sys", "", "none"), List.of(
                new PromptVariant("brief", 30, new PromptParts("", "brief", "")),
                new PromptVariant("warm", 70, new PromptParts("be warm", "", ""))));
        store.save(tone);
        store.save(named("other", "x"));

        assertThat(store.load()).containsExactlyInAnyOrder(tone, named("other", "x"));
    }

    @Test
    void aDamagedSavedFileStopsStartupNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/team.json"), "{\"name\": \"team\", \"greeting\": ");
        assertThatThrownBy(() -> book(List.of(), List.of())).hasMessageContaining("team.json cannot be read");
    }
}
