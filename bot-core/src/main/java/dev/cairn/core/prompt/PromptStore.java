package dev.cairn.core.prompt;

import java.util.List;

/**
 * Keeps the templates saved from the playground across restarts. A failed write throws
 * {@link java.io.UncheckedIOException}; a saved template that cannot be read throws {@link IllegalStateException}
 * naming it.
 */
public interface PromptStore {
    /** Keeps nothing. */
    PromptStore NONE = new PromptStore() {
        @Override
        public List<PromptTemplate> load() {
            return List.of();
        }

        @Override
        public void save(PromptTemplate template) {
            throw new UnsupportedOperationException("this deployment does not save prompt templates");
        }
    };

    /** Every saved template. */
    List<PromptTemplate> load();

    /** Saves a template, replacing the saved one of the same name. */
    void save(PromptTemplate template);

    /**
     * A number that changes whenever any process sharing this store saves a template, cheap to read; a store only
     * this process writes may keep it constant.
     */
    default long revision() {
        return 0L;
    }
}
