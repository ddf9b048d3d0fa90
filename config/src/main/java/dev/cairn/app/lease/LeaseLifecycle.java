package dev.cairn.app.lease;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * Joins the gateway election once every bean is ready, just before the web server starts, and leaves it after the
 * web server and the answer pool have drained on shutdown, so that questions arriving over Discord or Socket Mode
 * meanwhile still get their "busy, ask again" reply. A gateway that refuses to open fails startup.
 */
final class LeaseLifecycle implements SmartLifecycle {
    /** Below the web server's start/stop phase: starts before it, stops after it and after the graceful drain. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;
    private final GatewayLease lease;
    private volatile boolean running;

    LeaseLifecycle(GatewayLease lease) {
        this.lease = lease;
    }

    @Override
    public void start() {
        lease.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        lease.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
