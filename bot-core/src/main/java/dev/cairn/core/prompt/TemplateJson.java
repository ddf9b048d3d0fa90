package dev.cairn.core.prompt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a saved prompt template (its name, parts and variants, part by part), shared by the stores that
 * keep templates. Reading text that is not a template throws {@link IllegalArgumentException} saying why.
 */
public final class TemplateJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TemplateJson() {
    }

    public static String write(PromptTemplate template) {
        return JSON.writeValueAsString(SavedTemplate.of(template));
    }

    /** @throws IllegalArgumentException when {@code json} is not a valid template */
    public static PromptTemplate read(String json) {
        try {
            return JSON.readValue(json, SavedTemplate.class).toTemplate();
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SavedTemplate(String name, String system, String greeting, @JsonProperty("no_answer") String noAnswer,
                         List<SavedVariant> variants) {
        static SavedTemplate of(PromptTemplate template) {
            PromptParts parts = template.parts();
            return new SavedTemplate(template.name(), parts.system(), parts.greeting(), parts.noAnswer(),
                    template.variants().stream().map(SavedVariant::of).toList());
        }

        PromptTemplate toTemplate() {
            return new PromptTemplate(name, new PromptParts(system, greeting, noAnswer),
                    variants == null ? List.of() : variants.stream().map(SavedVariant::toVariant).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SavedVariant(String name, Double weight, String system, String greeting,
                        @JsonProperty("no_answer") String noAnswer) {
        static SavedVariant of(PromptVariant variant) {
            PromptParts parts = variant.parts();
            return new SavedVariant(variant.name(), variant.weight(), parts.system(), parts.greeting(),
                    parts.noAnswer());
        }

        PromptVariant toVariant() {
            return new PromptVariant(name, weight == null ? 1 : weight, new PromptParts(system, greeting, noAnswer));
        }
    }
}
