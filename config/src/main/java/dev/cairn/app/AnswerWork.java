package dev.cairn.app;

import dev.cairn.core.Job;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * The pool that answers questions for the web stream, Slack and Discord, stopped gracefully: on stop it refuses new
 * work (callers turn the rejection into a "busy" reply), lets queued and running work finish until shortly before the
 * shutdown phase's timeout, and then abandons what is left: a {@link Job} is told to tell its asker to ask again, any
 * other work is logged as dropped. Abandoned work still running can no longer reply and is awaited for the rest of
 * the phase, so that it does not write to the stores after they close. It is never interrupted: a write by an
 * interrupted thread closes Lucene's index writer for everyone. It stops in the same phase as the web server's
 * graceful shutdown, so both drain at once and the server still carries the replies.
 */
public final class AnswerWork implements Executor, SmartLifecycle, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AnswerWork.class);
    private static final Duration MOST_TIME_TO_ABANDON = Duration.ofSeconds(5);
    /** How long {@link #close()} waits for running work to end. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** How long before the phase's timeout stopping is over, so that it ends before Spring stops waiting. */
    private static final Duration DEADLINE_MARGIN = Duration.ofMillis(250);
    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final Set<Tracked> running = ConcurrentHashMap.newKeySet();
    private volatile boolean accepting = true;
    private volatile boolean pastGrace;
    private volatile boolean started;

    /**
     * A pool of {@code threads} threads and a queue of {@code queueSize} jobs, which on stop has {@code timeout}
     * (the shutdown phase's) to finish or abandon its work.
     */
    public AnswerWork(int threads, int queueSize, Duration timeout) {
        if (threads < 1 || queueSize < 1) {
            throw new IllegalArgumentException("threads and queueSize must be 1 or more, were " + threads + " and "
                    + queueSize);
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueSize),
                r -> {
                    Thread t = new Thread(r, "cairn-answer-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues {@code work}; throws {@link RejectedExecutionException} when the queue is full or Cairn is stopping. */
    @Override
    public void execute(Runnable work) {
        if (!accepting) {
            throw new RejectedExecutionException("Cairn is stopping");
        }
        pool.execute(new Tracked(Objects.requireNonNull(work, "work")));
    }

    /** How long work is given to finish once stop begins: the phase timeout less the time kept for abandoning. */
    Duration grace() {
        Duration keep = timeout.dividedBy(4);
        return timeout.minus(keep.compareTo(MOST_TIME_TO_ABANDON) > 0 ? MOST_TIME_TO_ABANDON : keep);
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
    }

    @Override
    public void stop() {
        drain(deadline());
    }

    @Override
    public void stop(Runnable callback) {
        accepting = false;
        long deadline = deadline();
        Thread drainer = new Thread(() -> {
            try {
                drain(deadline);
            } finally {
                callback.run();
            }
        }, "cairn-answer-drain");
        drainer.setDaemon(true);
        drainer.start();
    }

    /** When stopping must be over ({@link System#nanoTime()}): just before the phase's timeout, which starts now. */
    private long deadline() {
        return System.nanoTime() + timeout.minus(DEADLINE_MARGIN).toNanos();
    }

    /**
     * Refuses new work, waits {@link #grace()} for the rest, then abandons what is still queued or running and waits
     * for what still runs until {@code deadline}.
     */
    private void drain(long deadline) {
        accepting = false;
        pool.shutdown();
        long queued = pool.getQueue().size();
        log.info("Stopping: taking no new questions; finishing {} running and {} queued within {} s", running.size(),
                queued, grace().toSeconds());
        try {
            if (pool.awaitTermination(grace().toMillis(), TimeUnit.MILLISECONDS)) {
                log.info("Stopping: every question was answered");
            } else {
                abandonRest(deadline);
                awaitRunning(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandonRest(deadline);
        } finally {
            started = false;
        }
    }

    /** Tells whoever waits for the queued and the running work to ask again, until {@code deadline}. */
    private void abandonRest(long deadline) {
        pastGrace = true;
        List<Tracked> queued = drainQueue();
        List<Tracked> abandoned = new ArrayList<>(queued);
        abandoned.addAll(running);
        log.warn("Stopping: {} question(s) not answered in time ({} queued, {} running); telling them to ask again",
                abandoned.size(), queued.size(), abandoned.size() - queued.size());
        tell(abandoned, deadline);
    }

    private List<Tracked> drainQueue() {
        List<Runnable> left = new ArrayList<>();
        pool.getQueue().drainTo(left);
        return left.stream().map(Tracked.class::cast).toList();
    }

    /** Abandons each of {@code abandoned} on a thread of its own, waiting for the notices until {@code deadline}. */
    private static void tell(List<Tracked> abandoned, long deadline) {
        CountDownLatch told = new CountDownLatch(abandoned.size());
        for (Tracked work : abandoned) {
            Thread teller = new Thread(() -> {
                try {
                    work.abandon();
                } finally {
                    told.countDown();
                }
            }, "cairn-answer-abandon");
            teller.setDaemon(true);
            teller.start();
        }
        try {
            if (!told.await(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS)) {
                log.warn("Stopping: {} of the 'ask again' notices were not sent in time", told.getCount());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until {@code deadline} ({@link System#nanoTime()}) for the abandoned work still running: its askers were
     * told to ask again, so it can no longer reply, but it may still be writing.
     */
    private void awaitRunning(long deadline) throws InterruptedException {
        if (!pool.awaitTermination(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS)) {
            log.warn("Stopping: {} abandoned question(s) still running at the end of the phase", running.size());
        }
    }

    /**
     * For a context that closes without being stopped: tells whoever waits for queued work to ask again and waits
     * {@link #CLOSE_WAIT} for the notices and for what runs (without interrupting it), so that it does not outlive
     * the stores it writes to.
     */
    @Override
    public void close() {
        accepting = false;
        pastGrace = true;
        pool.shutdown();
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        List<Tracked> queued = drainQueue();
        if (!queued.isEmpty()) {
            log.warn("Closing with {} queued job(s) never started; telling them to ask again", queued.size());
            tell(queued, deadline);
        }
        try {
            if (!pool.awaitTermination(Math.max(deadline - System.nanoTime(), 0), TimeUnit.NANOSECONDS)) {
                log.warn("Closed with {} job(s) still running", running.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job on its way through the pool: it either runs or is abandoned, and a running job may be abandoned too. */
    private final class Tracked implements Runnable {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int FINISHED = 2;
        private static final int ABANDONED = 3;
        private final Runnable work;
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Tracked(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            running.add(this);
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                running.remove(this);
                return;
            }
            if (pastGrace) {
                running.remove(this);
                abandon();
                return;
            }
            try {
                work.run();
            } finally {
                running.remove(this);
                state.compareAndSet(RUNNING, FINISHED);
            }
        }

        void abandon() {
            if (!state.compareAndSet(QUEUED, ABANDONED) && !state.compareAndSet(RUNNING, ABANDONED)) {
                return;
            }
            if (work instanceof Job job) {
                try {
                    job.abandon();
                } catch (RuntimeException e) {
                    log.warn("Could not tell an asker to ask again: {}", e.getMessage());
                }
            } else {
                log.warn("Stopping: dropped unfinished work {}", work);
            }
        }
    }
}
