package dev.cairn.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A book reloads saved templates when its store's revision moved, and keeps the ones in effect when that fails. */
class PromptBookRefreshTest {
    /** A store shared by two books, as a database is by two replicas. */
    private static final class SharedStore implements PromptStore {
        final List<PromptTemplate> saved = new ArrayList<>();
        long revision;
        boolean broken;

        @Override
        public synchronized List<PromptTemplate> load() {
            if (broken) {
                throw new IllegalStateException("the saved prompt template x cannot be read");
            }
            return List.copyOf(saved);
        }

        @Override
        public synchronized void save(PromptTemplate template) {
            saved.removeIf(t -> t.name().equals(template.name()));
            saved.add(template);
            revision++;
        }

        @Override
        public synchronized long revision() {
            return revision;
        }
    }

    private static PromptTemplate named(String name, String greeting) {
        return new PromptTemplate(name, new PromptParts("", greeting, ""), List.of());
    }

    private static PromptBook book(PromptStore store) {
        return new PromptBook(new LiteralTemplateEngine(), store, List.of(named("team", "configured")), List.of(),
                "team");
    }

    private static String greeting(PromptBook book) {
        return book.catalog().template("team").orElseThrow().parts().greeting();
    }

    @Test
    void aTemplateSavedThroughOneBookIsInEffectInTheOtherAfterARefresh() {
        SharedStore store = new SharedStore();
        PromptBook a = book(store);
        PromptBook b = book(store);

        a.save(named("team", "saved"));
        assertThat(greeting(b)).isEqualTo("configured");

        assertThat(b.refresh()).isTrue();
        assertThat(greeting(b)).isEqualTo("saved");
        assertThat(b.refresh()).as("nothing new").isFalse();
    }

    @Test
    void aFailedReloadKeepsTheTemplatesInEffectAndIsTriedAgain() {
        SharedStore store = new SharedStore();
        PromptBook a = book(store);
        PromptBook b = book(store);
        a.save(named("team", "saved"));
        store.broken = true;

        assertThatThrownBy(b::refresh).hasMessageContaining("cannot be read");
        assertThat(greeting(b)).isEqualTo("configured");
        store.broken = false;
        assertThat(b.refresh()).isTrue();
        assertThat(greeting(b)).isEqualTo("saved");
    }

    @Test
    void aStoreWithoutRevisionsNeverReloads() {
        PromptBook book = book(PromptStore.NONE);
        assertThat(book.refresh()).isFalse();
    }
}
