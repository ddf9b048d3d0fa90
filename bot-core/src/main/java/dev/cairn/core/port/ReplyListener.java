package dev.cairn.core.port;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import java.util.List;

/** Hears of every reply the dispatcher gives (for metrics, logs and records); must be quick and must not throw. */
@FunctionalInterface
public interface ReplyListener {
    ReplyListener NONE = (message, reply) -> { };

    void replied(InboundMessage message, BotReply reply);

    /** Tells each of {@code listeners} of every reply, in order; one that throws is logged and the others still hear. */
    static ReplyListener all(ReplyListener... listeners) {
        List<ReplyListener> each = List.of(listeners);
        System.Logger log = System.getLogger(ReplyListener.class.getName());
        return (message, reply) -> {
            for (ReplyListener listener : each) {
                try {
                    listener.replied(message, reply);
                } catch (RuntimeException e) {
                    log.log(System.Logger.Level.WARNING, "reply listener " + listener.getClass().getName()
                            + " failed on reply " + reply.id() + ": " + e);
                }
            }
        };
    }
}
