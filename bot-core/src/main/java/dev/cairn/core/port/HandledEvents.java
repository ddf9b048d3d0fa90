package dev.cairn.core.port;

/**
 * Remembers which deliveries (a Slack event id, say) were handled, so that one delivered twice, possibly to another
 * replica, is handled once. A store that cannot be reached throws {@link IllegalStateException}.
 */
public interface HandledEvents {

    /** True for the first offer of {@code key} within the time keys are kept, false for every repeat. */
    boolean firstTime(String key);
}
