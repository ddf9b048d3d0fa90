package dev.cairn.app.prompts;

import dev.cairn.app.CairnProperties;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptRefresh;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.prompts.FilePromptStore;
import dev.cairn.prompts.MustacheTemplateEngine;
import dev.cairn.records.RecordsDatabase;
import dev.cairn.records.SqlPromptStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the prompt templates: configured ones overridden by those saved from the playground in the records database
 * (shared by every replica on it, reloaded here within {@link #REFRESH} of a save elsewhere), compiled and checked when
 * the application starts. Templates an earlier Cairn saved as files under {@code <data-dir>/prompts} are copied into
 * the database once, unless it already has one of that name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromptsProperties.class)
public class PromptsConfiguration {
    /** How often the saved templates' revision is read: a save on another replica is in effect here within this. */
    static final Duration REFRESH = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(PromptsConfiguration.class);

    @Bean
    PromptBook promptBook(PromptsProperties prompts, CairnProperties properties, RecordsDatabase recordsDatabase) {
        SqlPromptStore store = new SqlPromptStore(recordsDatabase, Clock.systemUTC());
        importSavedFiles(new FilePromptStore(properties.dataDir().resolve("prompts")), store);
        return new PromptBook(new MustacheTemplateEngine(), store, prompts.toTemplates(), prompts.toRoutes(),
                prompts.defaultTemplate());
    }

    @Bean(destroyMethod = "close")
    PromptRefresh promptRefresh(PromptBook book) {
        return PromptRefresh.every(book, REFRESH);
    }

    private static void importSavedFiles(FilePromptStore files, SqlPromptStore store) {
        for (PromptTemplate template : files.load()) {
            if (!store.contains(template.name())) {
                store.save(template);
                log.info("copied the prompt template {} saved as a file into the records database", template.name());
            }
        }
    }

    @Bean
    PromptRenderer promptRenderer(PromptBook book, ObjectProvider<AskerHistory> askers, KnowledgeBase knowledge,
                                  ScopePolicy scopes, PromptsProperties prompts, Voice voice) {
        ZoneId zone = prompts.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(prompts.zone());
        return new PromptRenderer(book, askers.getIfAvailable(() -> AskerHistory.NONE), knowledge, scopes,
                Clock.systemUTC(), zone, voice);
    }
}
