package dev.cairn.app.prompts;

import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRoute;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Prompt templates under {@code cairn.prompts}: the templates (each part inline or from a file), their variants, which
 * template a channel or scope gets, and the default. Every template is checked at startup; a bad one stops it.
 *
 * @param defaultTemplate the template of questions no route matches ({@code cairn.prompts.default})
 * @param zone            time zone of the {@code date} and {@code time} variables; empty for the system's
 */
@ConfigurationProperties("cairn.prompts")
public record PromptsProperties(@Name("default") @DefaultValue("default") String defaultTemplate,
                                @DefaultValue("") String zone,
                                @DefaultValue Map<String, Template> templates,
                                @DefaultValue List<Route> routes) {

    /** The configured templates, files read. */
    public List<PromptTemplate> toTemplates() {
        List<PromptTemplate> result = new ArrayList<>();
        templates.forEach((name, template) -> result.add(template.toTemplate(name)));
        return result;
    }

    public List<PromptRoute> toRoutes() {
        return routes.stream().map(r -> new PromptRoute(r.scope(), r.channel(), r.template())).toList();
    }

    /**
     * One template; {@code x-file} is the path of a file holding part {@code x}, instead of {@code x} inline.
     *
     * @param variants the arms of its experiment by name; none for no experiment
     */
    public record Template(@DefaultValue("") String system, @DefaultValue("") String systemFile,
                           @DefaultValue("") String greeting, @DefaultValue("") String greetingFile,
                           @DefaultValue("") String noAnswer, @DefaultValue("") String noAnswerFile,
                           @DefaultValue Map<String, Variant> variants) {
        PromptTemplate toTemplate(String name) {
            String where = "cairn.prompts.templates." + name;
            List<PromptVariant> arms = new ArrayList<>();
            variants.forEach((variant, v) -> arms.add(new PromptVariant(variant, v.weight(), new PromptParts(
                    part(where + ".variants." + variant, "system", v.system(), v.systemFile()),
                    part(where + ".variants." + variant, "greeting", v.greeting(), v.greetingFile()),
                    part(where + ".variants." + variant, "no-answer", v.noAnswer(), v.noAnswerFile())))));
            return new PromptTemplate(name, new PromptParts(part(where, "system", system, systemFile),
                    part(where, "greeting", greeting, greetingFile), part(where, "no-answer", noAnswer, noAnswerFile)),
                    arms);
        }
    }

    /** One arm of an experiment: its weight, and the parts it changes (the others are the template's). */
    public record Variant(@DefaultValue("1") double weight,
                          @DefaultValue("") String system, @DefaultValue("") String systemFile,
                          @DefaultValue("") String greeting, @DefaultValue("") String greetingFile,
                          @DefaultValue("") String noAnswer, @DefaultValue("") String noAnswerFile) {
    }

    /** Questions from this scope and/or channel get this template (see {@link PromptRoute}). */
    public record Route(@DefaultValue("") String scope, @DefaultValue("") String channel, String template) {
    }

    private static String part(String where, String part, String inline, String file) {
        if (file.isBlank()) {
            return inline;
        }
        if (!inline.isBlank()) {
            throw new IllegalArgumentException(where + " sets both " + part + " and " + part + "-file; keep one");
        }
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(where + "." + part + "-file: cannot read " + file + " (" + e + ")", e);
        }
    }
}
