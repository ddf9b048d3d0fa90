package dev.cairn.core.prompt;

import dev.cairn.core.InboundMessage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, validated set of prompt templates and the routes that pick one per channel or scope. Building it
 * compiles every template and variant, so a bad one fails here, naming itself and the line.
 */
public final class PromptCatalog {
    private final Map<String, PromptTemplate> templates;
    private final Map<String, Compiled> compiled;
    private final List<PromptRoute> routes;
    private final String defaultTemplate;

    private PromptCatalog(Map<String, PromptTemplate> templates, Map<String, Compiled> compiled,
                          List<PromptRoute> routes, String defaultTemplate) {
        this.templates = templates;
        this.compiled = compiled;
        this.routes = routes;
        this.defaultTemplate = defaultTemplate;
    }

    /**
     * @param templates       the templates; the built-in {@code default} is added unless one of them has that name, and
     *                        empty parts of every template are the built-in's
     * @param defaultTemplate the template for questions no route matches
     * @throws TemplateException        for a template that does not compile or names an unknown variable
     * @throws IllegalArgumentException for a route or default naming a template that does not exist
     */
    public static PromptCatalog of(List<PromptTemplate> templates, List<PromptRoute> routes, String defaultTemplate,
                                   TemplateEngine engine) {
        PromptTemplate builtIn = PromptTemplate.builtIn();
        Map<String, PromptTemplate> byName = new LinkedHashMap<>();
        byName.put(builtIn.name(), builtIn);
        for (PromptTemplate template : templates) {
            byName.put(template.name(), template.withDefaults(builtIn.parts()));
        }
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        byName.forEach((name, template) -> compiled.put(name, Compiled.of(template, engine)));
        String fallback = defaultTemplate == null || defaultTemplate.isBlank() ? PromptTemplate.DEFAULT : defaultTemplate;
        requireTemplate(byName, fallback, "cairn.prompts.default");
        for (PromptRoute route : routes) {
            requireTemplate(byName, route.template(), "the prompt route for scope '" + route.scope() + "', channel '"
                    + route.channel() + "'");
        }
        return new PromptCatalog(byName, compiled, List.copyOf(routes), fallback);
    }

    /** This catalog with {@code template} added or replaced; throws as {@link #of} when it is bad. */
    public PromptCatalog with(PromptTemplate template, TemplateEngine engine) {
        Map<String, PromptTemplate> next = new LinkedHashMap<>(templates);
        next.put(template.name(), template);
        return of(List.copyOf(next.values()), routes, defaultTemplate, engine);
    }

    /** The template a question goes to: the most specific matching route's (the first of equals), else the default. */
    public PromptTemplate templateFor(InboundMessage message, String homeScope) {
        String name = routes.stream().filter(r -> r.matches(message, homeScope))
                .max(Comparator.comparingInt(PromptRoute::specificity))
                .map(PromptRoute::template).orElse(defaultTemplate);
        return templates.get(name);
    }

    /** The compiled prompt a user sees for a question: the routed template, or their sticky variant of it. */
    public CompiledPrompt select(InboundMessage message, String homeScope) {
        PromptTemplate template = templateFor(message, homeScope);
        Compiled forTemplate = compiled.get(template.name());
        if (!template.isExperiment()) {
            return forTemplate.base();
        }
        String user = message.platform().id() + ":" + message.user().id();
        PromptVariant variant = VariantAssignment.pick(template.name(), user, template.variants());
        return forTemplate.variants().get(variant.name());
    }

    /** One template or variant, compiled; {@code variant} empty for the template itself. */
    public Optional<CompiledPrompt> compiled(String template, Optional<String> variant) {
        Compiled found = compiled.get(template);
        if (found == null) {
            return Optional.empty();
        }
        return variant.isEmpty() ? Optional.of(found.base()) : Optional.ofNullable(found.variants().get(variant.get()));
    }

    public List<PromptTemplate> templates() {
        return List.copyOf(templates.values());
    }

    public Optional<PromptTemplate> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    public List<PromptRoute> routes() {
        return routes;
    }

    public String defaultTemplate() {
        return defaultTemplate;
    }

    private static void requireTemplate(Map<String, PromptTemplate> templates, String name, String where) {
        if (!templates.containsKey(name)) {
            throw new IllegalArgumentException(where + " names the prompt template '" + name
                    + "', which does not exist; known: " + String.join(", ", templates.keySet()));
        }
    }

    private record Compiled(CompiledPrompt base, Map<String, CompiledPrompt> variants) {
        static Compiled of(PromptTemplate template, TemplateEngine engine) {
            Map<String, CompiledPrompt> variants = new LinkedHashMap<>();
            for (PromptVariant variant : template.variants()) {
                variants.put(variant.name(), CompiledPrompt.of(template, variant, engine));
            }
            return new Compiled(CompiledPrompt.of(template, null, engine), Map.copyOf(variants));
        }
    }
}
