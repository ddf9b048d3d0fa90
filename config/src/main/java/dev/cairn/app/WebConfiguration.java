package dev.cairn.app;

import dev.cairn.core.Dispatcher;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.web.PromptController;
import dev.cairn.core.FileIntake;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.web.ApiExceptionHandler;
import dev.cairn.web.ApprovalController;
import dev.cairn.web.ApiKeyFilter;
import dev.cairn.web.ApiKeys;
import dev.cairn.web.ChatController;
import dev.cairn.web.FeedbackController;
import dev.cairn.web.KnowledgeController;
import dev.cairn.web.StatsController;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Wires the HTTP API, its API-key guard and the pool that streams answers. */
@Configuration(proxyBeanMethods = false)
@Import(ApiExceptionHandler.class)
public class WebConfiguration {
    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    ExecutorService answerExecutor() {
        AtomicInteger count = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200), r -> {
            Thread t = new Thread(r, "cairn-answer-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    ChatController chatController(Dispatcher dispatcher, ExecutorService answerExecutor) {
        return new ChatController(dispatcher, answerExecutor);
    }

    @Bean
    KnowledgeController knowledgeController(FileIntake intake, KnowledgeBase knowledge, ScopePolicy scopes) {
        return new KnowledgeController(intake, knowledge, scopes);
    }

    @Bean
    ApprovalController approvalController(ApprovalDesk approvalDesk) {
        return new ApprovalController(approvalDesk);
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
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(CairnProperties properties) {
        ApiKeyFilter filter = new ApiKeyFilter(new ApiKeys(properties.web().keys()));
        log.info(filter.mode());
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(1);
        return registration;
    }
}
