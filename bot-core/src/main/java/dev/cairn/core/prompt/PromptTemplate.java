package dev.cairn.core.prompt;

import dev.cairn.core.answer.GroundedPrompt;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A named prompt: its parts and, when it runs an experiment, the variants users are split between. A template without
 * variants runs no experiment: its answers count under the experiment {@code default}, with the template's name as the
 * variant.
 *
 * @param name     the template's name (letters, digits, {@code -} and {@code _})
 * @param parts    its texts
 * @param variants the arms of its experiment; empty for none
 */
public record PromptTemplate(String name, PromptParts parts, List<PromptVariant> variants) {
    /** The name of the built-in template and of the experiment answers outside any experiment count under. */
    public static final String DEFAULT = "default";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public PromptTemplate {
        requireName(name, "template name");
        Objects.requireNonNull(parts, "parts");
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
        Set<String> seen = new HashSet<>();
        for (PromptVariant variant : variants) {
            if (!seen.add(variant.name())) {
                throw new IllegalArgumentException("template " + name + " has two variants named " + variant.name());
            }
        }
        if (!variants.isEmpty() && variants.stream().allMatch(v -> v.weight() == 0)) {
            throw new IllegalArgumentException("template " + name + ": at least one variant needs a weight above 0");
        }
    }

    /**
     * The built-in no-answer part, written per language from Cairn's message bundles: its plain reply, with the
     * question's words no document contains when there are any.
     */
    public static final String NO_ANSWER = perLanguage(language -> {
        Messages messages = Messages.bundled();
        String plain = messages.text(language, "answer.no_answer");
        return "{{^missing_terms}}" + plain + "{{/missing_terms}}{{#missing_terms}}"
                + messages.text(language, "answer.no_answer_missing", plain, "{{missing_terms}}")
                + "{{/missing_terms}}";
    });

    /**
     * A part written once per language: {@code {{#lang.en}}…{{/lang.en}}{{#lang.zh}}…{{/lang.zh}}}, as a template
     * author may write any part.
     */
    static String perLanguage(Function<Language, String> text) {
        StringBuilder part = new StringBuilder();
        for (Language language : Language.values()) {
            String section = PromptVariables.section(language);
            part.append("{{#").append(section).append("}}").append(text.apply(language)).append("{{/")
                    .append(section).append("}}");
        }
        return part.toString();
    }

    /** Cairn's own texts: answer only from the passages and cite them, in the question's language; no greeting. */
    public static PromptTemplate builtIn() {
        return new PromptTemplate(DEFAULT, new PromptParts(GroundedPrompt.INSTRUCTIONS, "", NO_ANSWER),
                List.of());
    }

    /** True when users are split between variants. */
    public boolean isExperiment() {
        return !variants.isEmpty();
    }

    /** This template with any empty part taken from {@code base}'s. */
    public PromptTemplate withDefaults(PromptParts base) {
        return new PromptTemplate(name, parts.orElse(base), variants);
    }

    static void requireName(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a " + what + " must be 1–64 letters, digits, '-' or '_' and start with "
                    + "a letter or digit, was '" + value + "'");
        }
    }
}
