package dev.cairn.core.prompt;

import dev.cairn.core.prompt.TemplateEngine.CompiledText;
import dev.cairn.core.prompt.TemplateEngine.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/** One template (or one of its variants) compiled and checked: every part parses and names only known variables. */
public final class CompiledPrompt {
    private final String experiment;
    private final String variant;
    private final Map<String, CompiledText> parts;

    private CompiledPrompt(String experiment, String variant, Map<String, CompiledText> parts) {
        this.experiment = experiment;
        this.variant = variant;
        this.parts = parts;
    }

    /**
     * Compiles the template's parts, or those of one of its variants (empty parts taken from the template).
     *
     * @param variant one of the template's variants, or null for the template itself
     * @throws TemplateException naming the template, variant, part and line of the first fault
     */
    public static CompiledPrompt of(PromptTemplate template, PromptVariant variant, TemplateEngine engine) {
        PromptParts texts = variant == null ? template.parts() : variant.parts().orElse(template.parts());
        String where = template.name() + (variant == null ? "" : " (variant " + variant.name() + ")");
        Map<String, CompiledText> compiled = new LinkedHashMap<>();
        texts.byName().forEach((part, source) -> {
            String name = where + " part " + part;
            CompiledText text;
            try {
                text = engine.compile(name, source);
            } catch (TemplateException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new TemplateException(name, 0, String.valueOf(e.getMessage()));
            }
            for (Tag tag : text.tags()) {
                if (!PromptVariables.isKnown(tag.name())) {
                    throw new TemplateException(name, tag.line(), "unknown variable '" + tag.name()
                            + "'; known: " + String.join(", ", PromptVariables.NAMES) + ", inputs.NAME");
                }
            }
            compiled.put(part, text);
        });
        String experimentName = variant == null ? PromptTemplate.DEFAULT : template.name();
        String variantName = variant == null ? template.name() : variant.name();
        return new CompiledPrompt(experimentName, variantName, compiled);
    }

    /** True when some part refers to {@code variable}. */
    public boolean uses(String variable) {
        return parts.values().stream().flatMap(p -> p.tags().stream()).anyMatch(t -> t.name().equals(variable));
    }

    public RenderedPrompt render(Map<String, Object> values) {
        return new RenderedPrompt(experiment, variant, parts.get(PromptParts.SYSTEM).render(values),
                parts.get(PromptParts.GREETING).render(values), parts.get(PromptParts.NO_ANSWER).render(values));
    }

    public String experiment() {
        return experiment;
    }

    public String variant() {
        return variant;
    }
}
