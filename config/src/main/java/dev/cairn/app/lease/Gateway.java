package dev.cairn.app.lease;

/**
 * A connection that only one replica may hold at a time (the Discord gateway session, Slack's Socket Mode): opened
 * when this replica is granted the {@link GatewayLease}, closed when it loses it or stops.
 */
public interface Gateway {

    /** A short name for logs, such as "Discord gateway". */
    String name();

    /** Connects; throws when the platform refuses (a bad token), returns while a connection is still under way. */
    void open();

    /** Disconnects; never throws. Calling it when not open does nothing. */
    void close();
}
