package dev.cairn.app.lease;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.leader.AbstractCandidate;
import org.springframework.integration.leader.Context;
import org.springframework.integration.leader.event.LeaderEventPublisher;
import org.springframework.integration.support.leader.LockRegistryLeaderInitiator;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Decides which replica holds the {@link Gateway}s by a lease in the records database (Spring Integration's
 * {@link JdbcLockRegistry} on the table {@code INT_LOCK}, renewed by a {@link LockRegistryLeaderInitiator}): the
 * holder opens them, the others stand by and take over once the holder's lease has expired. Gateways are opened and
 * closed on one thread of their own, so a slow platform never delays the lease's renewal. With no gateway there is
 * nothing to hold and the database is not polled.
 */
public final class GatewayLease implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayLease.class);
    static final String REGION = "cairn";
    /** The lock's name (Spring Integration stores a UUID derived from it). */
    static final String LOCK_KEY = "cairn-chat-gateways";

    private final String replicaId;
    private final List<Gateway> gateways;
    private final Timing timing;
    private final DefaultLockRepository repository;
    private final LockRegistryLeaderInitiator initiator;
    private final ExecutorService elections = daemonThread("cairn-lease");
    private final ExecutorService switching = daemonThread("cairn-gateways");
    private final List<Gateway> open = new ArrayList<>();
    private final CompletableFuture<Boolean> firstDecision = new CompletableFuture<>();
    private volatile boolean holds;
    private volatile boolean closed;

    /**
     * How long a lease lasts without renewal ({@code ttl}: a dead holder is replaced after at most this plus
     * {@code retry}), how often the holder renews it ({@code heartbeat}, well under the ttl) and how often a
     * standby replica asks for it ({@code retry}).
     */
    public record Timing(Duration ttl, Duration heartbeat, Duration retry) {
        /** A dead holder's gateways move within about 11 s, well inside half a minute. */
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(1));

        public Timing {
            if (ttl == null || heartbeat == null || retry == null) {
                throw new IllegalArgumentException("ttl, heartbeat and retry must be set");
            }
            if (heartbeat.multipliedBy(3).compareTo(ttl) > 0) {
                throw new IllegalArgumentException("heartbeat " + heartbeat + " must be at most a third of ttl "
                        + ttl + ", or the holder loses the lease while renewing it");
            }
            if (retry.isZero() || retry.isNegative()) {
                throw new IllegalArgumentException("retry must be positive: " + retry);
            }
        }
    }

    /**
     * A lease over {@code dataSource} (which must hold the table {@code INT_LOCK}, migration V8 of the records
     * database) for this replica, named {@code replicaId} in the table, that opens {@code gateways} in order.
     */
    public GatewayLease(DataSource dataSource, String replicaId, List<Gateway> gateways, Timing timing) {
        if (replicaId == null || replicaId.isBlank()) {
            throw new IllegalArgumentException("replicaId must not be blank");
        }
        this.replicaId = replicaId;
        this.gateways = List.copyOf(gateways);
        this.timing = timing;
        this.repository = new DefaultLockRepository(dataSource, replicaId);
        repository.setRegion(REGION);
        repository.setTransactionManager(new JdbcTransactionManager(dataSource));
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        JdbcLockRegistry registry = new JdbcLockRegistry(repository, timing.ttl());
        registry.setIdleBetweenTries(timing.retry());
        this.initiator = new LockRegistryLeaderInitiator(registry, new Candidate());
        initiator.setHeartBeatMillis(timing.heartbeat().toMillis());
        initiator.setBusyWaitMillis(timing.retry().toMillis());
        initiator.setTaskExecutor(new PoliteExecutor(elections));
        initiator.setAutoStartup(false);
        initiator.setPublishFailedEvents(true);
        initiator.setLeaderEventPublisher(new FirstRefusal());
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Joins the election and waits for its first outcome: when this replica wins, until its gateways are open, so
     * that a refused token stops startup as it would on one machine. Returns whether this replica holds the lease.
     *
     * @throws IllegalStateException when the lease table cannot be read, or a gateway refuses to open
     */
    public boolean start() {
        if (gateways.isEmpty()) {
            log.info("Chat gateways: none configured (Discord off, Slack without Socket Mode); no lease is taken");
            return false;
        }
        try {
            repository.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the gateway lease's table INT_LOCK in the records database cannot be "
                    + "read: " + e.getMessage(), e);
        }
        initiator.start();
        boolean won;
        try {
            won = awaitFirstDecision();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for the gateway lease", e);
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
        log.info("Chat gateways ({}): {}", names(), won
                ? "held by this replica (" + replicaId + ")"
                : "held by another replica; this one (" + replicaId + ") stands by and takes the lease over "
                + timing.ttl().plus(timing.retry()).toSeconds() + " s at most after the holder dies");
        return won;
    }

    /** The first outcome: granted (once the gateways are open), refused, or refused by default after a while. */
    private boolean awaitFirstDecision() throws InterruptedException, ExecutionException {
        try {
            return firstDecision.get(timing.ttl().plus(timing.heartbeat()).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            firstDecision.complete(false);
            return firstDecision.get();
        }
    }

    /** True while this replica holds the lease and so its gateways. */
    public boolean holds() {
        return holds;
    }

    /** The name of this replica in the lease table. */
    public String replicaId() {
        return replicaId;
    }

    /** The names of the gateways the lease governs. */
    public List<String> names() {
        return gateways.stream().map(Gateway::name).toList();
    }

    /** Leaves the election, closing the gateways and giving the lease up so that another replica takes over now. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!gateways.isEmpty()) {
            initiator.stop();
            elections.shutdown();
            try {
                // the election loop sees the stop within a heartbeat and deletes our row on its way out
                if (elections.awaitTermination(timing.heartbeat().multipliedBy(2).toMillis() + 1000,
                        TimeUnit.MILLISECONDS)) {
                    repository.close();
                } else {
                    log.warn("the gateway lease's election loop did not stop; the lease expires within {} s",
                            timing.ttl().toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("could not give the gateway lease up ({}); it expires within {} s", e.getMessage(),
                        timing.ttl().toSeconds(), e);
            }
            repository.stop();
        }
        switching.submit(this::closeAll);
        switching.shutdown();
        try {
            if (!switching.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Chat gateways did not close within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        holds = false;
    }

    private void openAll() {
        for (Gateway gateway : gateways) {
            gateway.open();
            open.add(gateway);
        }
    }

    private void closeAll() {
        for (int i = open.size() - 1; i >= 0; i--) {
            Gateway gateway = open.get(i);
            try {
                gateway.close();
            } catch (RuntimeException e) {
                log.warn("closing the {} failed: {}", gateway.name(), e.toString());
            }
        }
        open.clear();
    }

    /** Runs {@code work} on the gateways' thread, unless the lease is closing (then {@link #close} closes them). */
    private void submit(Runnable work) {
        try {
            switching.submit(work);
        } catch (RejectedExecutionException e) {
            log.debug("lease closing; not switching gateways");
        }
    }

    /** Completes the first decision as "refused" when this replica's first attempt finds the lease taken. */
    private final class FirstRefusal implements LeaderEventPublisher {
        @Override
        public void publishOnGranted(Object source, Context context, String role) {
        }

        @Override
        public void publishOnRevoked(Object source, Context context, String role) {
        }

        @Override
        public void publishOnFailedToAcquire(Object source, Context context, String role) {
            firstDecision.complete(false);
        }
    }

    /** Called by the initiator on its election thread: hands the work to {@link #switching} and returns at once. */
    private final class Candidate extends AbstractCandidate {
        Candidate() {
            super(replicaId, LOCK_KEY);
        }

        @Override
        public void onGranted(Context context) {
            if (closed) {
                return;
            }
            holds = true;
            submit(() -> {
                try {
                    openAll();
                    if (!firstDecision.complete(true)) {
                        log.info("Chat gateways ({}): this replica ({}) took over the lease and opened them", names(),
                                replicaId);
                    }
                } catch (RuntimeException e) {
                    closeAll();
                    if (!firstDecision.completeExceptionally(e)) {
                        log.error("Chat gateways: this replica holds the lease but could not open them: {}",
                                e.getMessage());
                    }
                }
            });
        }

        @Override
        public void onRevoked(Context context) {
            holds = false;
            if (!closed) {
                log.info("Chat gateways ({}): this replica ({}) lost the lease; closing them", names(), replicaId);
                submit(GatewayLease.this::closeAll);
            }
        }
    }
}
