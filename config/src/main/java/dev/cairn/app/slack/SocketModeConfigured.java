package dev.cairn.app.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code cairn.slack.app-token} is set to something other than blanks: Slack runs over Socket Mode. */
final class SocketModeConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("cairn.slack.app-token", "");
        return !token.isBlank();
    }
}
