package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptRoute;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import dev.cairn.core.prompt.RenderedPrompt;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The JSON shapes of the prompt playground API. */
final class PromptJson {
    private PromptJson() {
    }

    /** A template as the playground edits it; variants may be absent. */
    record Template(String name, String system, String greeting, @JsonProperty("no_answer") String noAnswer,
                    List<Variant> variants) {
        static Template of(PromptTemplate template) {
            PromptParts parts = template.parts();
            return new Template(template.name(), parts.system(), parts.greeting(), parts.noAnswer(),
                    template.variants().stream().map(Variant::of).toList());
        }

        /** The core template; a bad name, weight or variant list is a 400 {@code invalid_template}. */
        PromptTemplate toTemplate(String fallbackName) {
            String templateName = name == null || name.isBlank() ? fallbackName : name;
            try {
                return new PromptTemplate(templateName, new PromptParts(system, greeting, noAnswer),
                        variants == null ? List.of() : variants.stream().map(Variant::toVariant).toList());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_template", e.getMessage());
            }
        }
    }

    /** One variant; a missing weight is 1. */
    record Variant(String name, Double weight, String system, String greeting,
                   @JsonProperty("no_answer") String noAnswer) {
        static Variant of(PromptVariant variant) {
            PromptParts parts = variant.parts();
            return new Variant(variant.name(), variant.weight(), parts.system(), parts.greeting(), parts.noAnswer());
        }

        PromptVariant toVariant() {
            return new PromptVariant(name, weight == null ? 1 : weight, new PromptParts(system, greeting, noAnswer));
        }
    }

    record Route(String scope, String channel, String template) {
        static Route of(PromptRoute route) {
            return new Route(route.scope(), route.channel(), route.template());
        }
    }

    /** {@code GET /api/v1/prompts}. */
    record Catalog(@JsonProperty("default") String defaultTemplate, List<Template> templates, List<Route> routes,
                   List<String> variables) {
    }

    /**
     * The sample a preview is rendered for.
     *
     * @param user     {@code new} or {@code returning}
     * @param userName the name templates address the sample user by
     * @param platform {@code web}, {@code slack} or {@code discord}: what {@code platform} renders as
     * @param channel  the channel name
     */
    record Sample(String user, @JsonProperty("user_name") String userName, String platform, String channel) {
    }

    /** {@code POST /api/v1/prompts/preview}: a template (edited, unsaved), which variant, the sample, a question. */
    record PreviewRequest(Template template, String variant, Sample sample, String question) {
    }

    record Rendered(String system, String greeting, @JsonProperty("no_answer") String noAnswer) {
        static Rendered of(RenderedPrompt prompt) {
            return new Rendered(prompt.system(), prompt.greeting(), prompt.noAnswer());
        }
    }

    /** The preview: the rendered parts, and the answer to the question when one was asked. */
    record Preview(String experiment, String variant, Rendered rendered, ChatResponse reply) {
    }

    /** A template that cannot be used, with where the fault is. */
    record TemplateError(Detail error) {
        record Detail(String code, String message, String template, Integer line) {
        }
    }
}
