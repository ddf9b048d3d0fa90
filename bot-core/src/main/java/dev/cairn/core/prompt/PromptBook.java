package dev.cairn.core.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The prompt templates in effect: those configured, overridden by those saved from the playground. Saving validates
 * the template as startup does, writes it to the store and swaps it in for the next question, without a restart;
 * {@link #refresh()} picks up templates other replicas saved to a shared store.
 */
public final class PromptBook {
    private final TemplateEngine engine;
    private final PromptStore store;
    private final List<PromptTemplate> configured;
    private final List<PromptRoute> routes;
    private final String defaultTemplate;
    private final AtomicReference<PromptCatalog> catalog;
    private long revision;

    /** @throws TemplateException for a configured or saved template that is bad, naming it and the line */
    public PromptBook(TemplateEngine engine, PromptStore store, List<PromptTemplate> configured,
                      List<PromptRoute> routes, String defaultTemplate) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = Objects.requireNonNull(store, "store");
        this.configured = List.copyOf(configured);
        this.routes = List.copyOf(routes);
        this.defaultTemplate = defaultTemplate;
        this.revision = store.revision();
        this.catalog = new AtomicReference<>(build(store.load()));
    }

    private PromptCatalog build(List<PromptTemplate> saved) {
        List<PromptTemplate> templates = new ArrayList<>(configured);
        templates.addAll(saved);
        return PromptCatalog.of(templates, routes, defaultTemplate, engine);
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

    /**
     * Reloads the saved templates when the store's {@link PromptStore#revision() revision} moved (another replica
     * saved one); returns whether it did. Throws as the constructor when a saved template is bad, keeping the
     * templates in effect.
     */
    public synchronized boolean refresh() {
        long now = store.revision();
        if (now == revision) {
            return false;
        }
        catalog.set(build(store.load()));
        revision = now;
        return true;
    }
}
