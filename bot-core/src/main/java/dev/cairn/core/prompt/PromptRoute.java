package dev.cairn.core.prompt;

import dev.cairn.core.InboundMessage;

/**
 * Sends the questions of a scope, or of one channel, to a template. Blank scope or channel match any; the channel
 * matches by id or by name ({@code #} optional).
 *
 * @param scope    a knowledge scope such as {@code slack:T123}, {@code discord:G456} or {@code web}; blank for any
 * @param channel  a channel id or name; blank for any
 * @param template the template to use
 */
public record PromptRoute(String scope, String channel, String template) {
    public PromptRoute {
        scope = scope == null ? "" : scope.strip();
        channel = channel == null ? "" : channel.strip();
        if (channel.startsWith("#")) {
            channel = channel.substring(1);
        }
        PromptTemplate.requireName(template, "template name in a prompt route");
    }

    boolean matches(InboundMessage message, String homeScope) {
        boolean scopeMatches = scope.isEmpty() || scope.equals(homeScope);
        boolean channelMatches = channel.isEmpty() || channel.equals(message.channel())
                || channel.equalsIgnoreCase(message.channelName());
        return scopeMatches && channelMatches;
    }

    /** More specific routes win: a channel counts more than a scope. */
    int specificity() {
        return (channel.isEmpty() ? 0 : 2) + (scope.isEmpty() ? 0 : 1);
    }
}
