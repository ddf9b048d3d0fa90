package dev.cairn.core.prompt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The template sources of one prompt: the model's instructions, the line put before an extractive answer, and what is
 * said when nothing relevant was found. An empty part of a variant means "as the template's".
 *
 * @param system   instructions for the language model
 * @param greeting framing text before an extractive answer; may render to nothing
 * @param noAnswer the reply when the knowledge base has nothing relevant
 */
public record PromptParts(String system, String greeting, String noAnswer) {
    public static final String SYSTEM = "system";
    public static final String GREETING = "greeting";
    public static final String NO_ANSWER = "no-answer";

    public PromptParts {
        system = system == null ? "" : system;
        greeting = greeting == null ? "" : greeting;
        noAnswer = noAnswer == null ? "" : noAnswer;
    }

    /** These parts, with each empty one taken from {@code base}. */
    public PromptParts orElse(PromptParts base) {
        Objects.requireNonNull(base, "base");
        return new PromptParts(system.isBlank() ? base.system : system, greeting.isBlank() ? base.greeting : greeting,
                noAnswer.isBlank() ? base.noAnswer : noAnswer);
    }

    /** The parts by name ({@value #SYSTEM}, {@value #GREETING}, {@value #NO_ANSWER}), in that order. */
    public Map<String, String> byName() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(SYSTEM, system);
        parts.put(GREETING, greeting);
        parts.put(NO_ANSWER, noAnswer);
        return parts;
    }
}
