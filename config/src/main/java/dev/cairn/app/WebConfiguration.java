package dev.cairn.app;

import dev.cairn.core.Dispatcher;
import dev.cairn.core.FileIntake;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.records.RecordsDatabase;
import dev.cairn.web.ApiExceptionHandler;
import dev.cairn.web.ApiKeyFilter;
import dev.cairn.web.ApiKeys;
import dev.cairn.web.ApprovalController;
import dev.cairn.web.ChatController;
import dev.cairn.web.FeedbackController;
import dev.cairn.web.KnowledgeController;
import dev.cairn.web.PromptController;
import dev.cairn.web.StatsController;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/** Wires the HTTP API, its API-key guard and the pool that streams answers. */
@Configuration(proxyBeanMethods = false)
@Import(ApiExceptionHandler.class)
public class WebConfiguration {
    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);

    /**
     * The answer pool of the web stream, Slack and Discord; drained within the shutdown phase's timeout on stop. It
     * takes the stores its work writes to so that Spring closes it, and so waits for that work, before them.
     */
    @Bean
    AnswerWork answerExecutor(Environment environment, CairnProperties properties, PassageStore index,
                              RecordsDatabase records) {
        Duration timeout = Binder.get(environment).bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
                .orElse(Duration.ofSeconds(30));
        CairnProperties.Limits limits = properties.limits();
        return new AnswerWork(limits.answerThreads(), limits.answerQueue(), timeout);
    }

    @Bean
    ChatController chatController(Dispatcher dispatcher, AnswerWork answerExecutor, Voice voice) {
        return new ChatController(dispatcher, answerExecutor, voice);
    }

    @Bean
    KnowledgeController knowledgeController(FileIntake intake, KnowledgeBase knowledge, ScopePolicy scopes,
                                            Voice voice) {
        return new KnowledgeController(intake, knowledge, scopes, voice);
    }

    @Bean
    ApprovalController approvalController(ApprovalDesk approvalDesk, Voice voice) {
        return new ApprovalController(approvalDesk, voice);
    }

    @Bean
    FeedbackController feedbackController(FeedbackLog feedbackLog) {
        return new FeedbackController(feedbackLog, Clock.systemUTC());
    }

    @Bean
    PromptController promptController(PromptBook promptBook, PromptRenderer promptRenderer, Dispatcher dispatcher) {
        return new PromptController(promptBook, promptRenderer, dispatcher, Clock.systemUTC());
    }

    @Bean
    StatsController statsController(AnswerStats answerStats) {
        return new StatsController(answerStats);
    }

    /** Guards /api/** and /actuator/** (but health) on every path, so no URL spelling slips past it. */
    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(CairnProperties properties, Environment environment) {
        String forwarded = environment.getProperty("server.forward-headers-strategy", "none");
        if (properties.web().keys().isEmpty() && !forwarded.equalsIgnoreCase("none")) {
            // the server would rebuild the client's address from forwarding headers, so anyone could pass as loopback
            throw new IllegalStateException("server.forward-headers-strategy is " + forwarded + ", so a client's address "
                    + "comes from headers it sends, and loopback-only mode (no API key) would let anyone in: set "
                    + "cairn.web.api-key or cairn.web.api-keys.NAME, or server.forward-headers-strategy=none");
        }
        ApiKeyFilter filter = new ApiKeyFilter(new ApiKeys(properties.web().keys()));
        log.info(filter.mode());
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(1);
        return registration;
    }
}
