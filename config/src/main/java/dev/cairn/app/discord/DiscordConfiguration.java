package dev.cairn.app.discord;

import dev.cairn.app.lease.Gateway;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.discord.DiscordBot;
import dev.cairn.discord.DiscordSettings;
import java.util.HashSet;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the Discord bot when {@code cairn.discord.enabled} is true, on the one replica that holds the gateway lease
 * (see {@code GatewayLease}); it disconnects when that replica loses the lease or stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("cairn.discord.enabled")
@EnableConfigurationProperties(DiscordProperties.class)
public class DiscordConfiguration {

    @Bean(destroyMethod = "close")
    Gateway discordGateway(DiscordProperties properties, Dispatcher dispatcher, KnowledgeBase knowledge,
                           ScopePolicy scopes, FeedbackLog feedback, ApprovalDesk approvalDesk,
                           @Qualifier("answerExecutor") Executor answerExecutor, Voice voice) {
        DiscordSettings settings = new DiscordSettings(properties.token(), properties.restUrl(),
                properties.gatewayUrl(), DiscordSettings.Compression.parse(properties.compression()),
                new HashSet<>(properties.knowledgeChannels()), properties.replyInThread());
        return new DiscordGateway(() -> {
            try {
                return DiscordBot.start(settings, dispatcher, knowledge, scopes, feedback, approvalDesk,
                        answerExecutor, voice);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("cairn.discord.token: " + e.getMessage(), e);
            }
        });
    }
}
