package dev.cairn.app.prompts;

import dev.cairn.app.CairnProperties;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.prompts.FilePromptStore;
import dev.cairn.prompts.MustacheTemplateEngine;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the prompt templates: configured ones overridden by those saved under {@code <data-dir>/prompts}, compiled and
 * checked when the application starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PromptsProperties.class)
public class PromptsConfiguration {

    @Bean
    PromptBook promptBook(PromptsProperties prompts, CairnProperties properties) {
        return new PromptBook(new MustacheTemplateEngine(), new FilePromptStore(properties.dataDir().resolve("prompts")),
                prompts.toTemplates(), prompts.toRoutes(), prompts.defaultTemplate());
    }

    @Bean
    PromptRenderer promptRenderer(PromptBook book, ObjectProvider<AskerHistory> askers, KnowledgeBase knowledge,
                                  ScopePolicy scopes, PromptsProperties prompts) {
        ZoneId zone = prompts.zone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(prompts.zone());
        return new PromptRenderer(book, askers.getIfAvailable(() -> AskerHistory.NONE), knowledge, scopes,
                Clock.systemUTC(), zone);
    }
}
