package dev.cairn.core.port;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;

/** Hears of every reply the dispatcher gives (for metrics and logs); must be quick and must not throw. */
@FunctionalInterface
public interface ReplyListener {
    ReplyListener NONE = (message, reply) -> { };

    void replied(InboundMessage message, BotReply reply);
}
