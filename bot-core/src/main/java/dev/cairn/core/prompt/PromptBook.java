package dev.cairn.core.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The prompt templates in effect: those configured, overridden by those saved from the playground. Saving validates
 * the template as startup does, writes it to the store and swaps it in for the next question, without a restart.
 */
public final class PromptBook {
    private final TemplateEngine engine;
    private final PromptStore store;
    private final AtomicReference<PromptCatalog> catalog;

    /** @throws TemplateException for a configured or saved template that is bad, naming it and the line */
    public PromptBook(TemplateEngine engine, PromptStore store, List<PromptTemplate> configured,
                      List<PromptRoute> routes, String defaultTemplate) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = Objects.requireNonNull(store, "store");
        List<PromptTemplate> templates = new ArrayList<>(configured);
        templates.addAll(store.load());
        this.catalog = new AtomicReference<>(PromptCatalog.of(templates, routes, defaultTemplate, engine));
    }

    public PromptCatalog catalog() {
        return catalog.get();
    }

    public TemplateEngine engine() {
        return engine;
    }

    /**
     * Validates, saves and puts a template in effect.
     *
     * @throws TemplateException when it does not compile or names an unknown variable; nothing is saved then
     */
    public synchronized PromptTemplate save(PromptTemplate template) {
        PromptCatalog next = catalog.get().with(template, engine);
        store.save(template);
        catalog.set(next);
        return next.template(template.name()).orElseThrow();
    }
}
