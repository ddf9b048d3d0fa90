package dev.cairn.app.records;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.port.ReplyListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells several listeners of each reply, in order; one that throws is logged and the others still hear. */
public final class ReplyListeners implements ReplyListener {
    private static final Logger log = LoggerFactory.getLogger(ReplyListeners.class);
    private final List<ReplyListener> listeners;

    private ReplyListeners(List<ReplyListener> listeners) {
        this.listeners = listeners;
    }

    public static ReplyListener of(ReplyListener... listeners) {
        return new ReplyListeners(List.of(listeners));
    }

    @Override
    public void replied(InboundMessage message, BotReply reply) {
        for (ReplyListener listener : listeners) {
            try {
                listener.replied(message, reply);
            } catch (RuntimeException e) {
                log.warn("reply listener {} failed on reply {}: {}", listener.getClass().getSimpleName(), reply.id(),
                        e.toString());
            }
        }
    }
}
