package dev.cairn.app.slack;

import dev.cairn.app.lease.Gateway;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.HandledEvents;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.slack.SlackBot;
import dev.cairn.slack.SlackEventsServlet;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Slack adapter when {@code cairn.slack.enabled=true}: checks the bot token with Slack at startup, connects
 * over Socket Mode when an app token is set, serves {@code POST /slack/events}, and posts Approve / Deny buttons
 * for runbook actions proposed in Slack.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cairn.slack", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

    @Bean(destroyMethod = "close")
    SlackBot slackBot(SlackProperties properties, Dispatcher dispatcher, KnowledgeBase knowledge, ScopePolicy scopes,
                      FeedbackLog feedback, ApprovalDesk approvalDesk,
                      @Qualifier("answerExecutor") Executor answerExecutor, HandledEvents handledEvents,
                      Voice voice) {
        return SlackBot.start(properties.toSettings(), dispatcher, knowledge, scopes, feedback, approvalDesk,
                answerExecutor, Clock.systemUTC(), handledEvents, voice);
    }

    /** Socket Mode is held by one replica at a time (see {@code GatewayLease}); HTTP mode runs on every replica. */
    @Bean
    @Conditional(SocketModeConfigured.class)
    Gateway slackSocketMode(SlackBot bot) {
        return new SocketModeGateway(bot);
    }

    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(SlackBot bot) {
        ServletRegistrationBean<SlackEventsServlet> registration =
                new ServletRegistrationBean<>(new SlackEventsServlet(bot), SlackEventsServlet.PATH);
        registration.setName("slackEvents");
        return registration;
    }
}
