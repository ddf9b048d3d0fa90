package dev.cairn.bench.load;

import dev.cairn.bench.BenchInputs;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The load bench's cluster mode: starts {@code --replicas N} copies of {@code cairn.jar} as child processes on one
 * OpenSearch ({@code cairn.knowledge.store=opensearch}, fresh indices {@code cairn-replicas-<time>-*}) and one
 * PostgreSQL, with the fake model of {@link LoadBench}; uploads the policy document once through replica A, waits
 * until every other replica answers from it, then lets {@code --askers} web askers ask at once, each
 * {@code --rounds} questions one after the other, every request sent to the next replica in turn as a round-robin
 * load balancer would. Prints answer latency p50/p95/p99 through {@code POST /api/v1/chat}, questions/s, errors and
 * each replica's share, then one JSON line. Usage: {@code java -jar bench/target/cairn-bench.jar load --replicas 2
 * --opensearch-url URL --database-url JDBC [--database-username U] [--askers 50] [--rounds 10] [--model-delay-ms 2000] [--jvm "-Xmx1g"]
 * [--keep true]}; passwords only through the environment ({@code CAIRN_DATABASE_PASSWORD}, {@code CAIRN_OPENSEARCH_PASSWORD}).
 */
final class ReplicaBench {
    private static final String UNUSED_SECRET = "replicas-have-no-slack";

    private ReplicaBench() {
    }

    static void main(String[] args) throws Exception {
        ReplicaOptions options = ReplicaOptions.parse(args);
        Path jar = Path.of(BenchInputs.option(args, "--jar", "config/target/cairn.jar"));
        int threads = Integer.parseInt(BenchInputs.option(args, "--answer-threads", "32"));
        int queue = Integer.parseInt(BenchInputs.option(args, "--answer-queue", "500"));
        Duration wait = Duration.ofSeconds(Long.parseLong(BenchInputs.option(args, "--wait-s", "600")));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is not there: build it with "
                    + "mvn -B -q -pl config,bench -am -DskipTests package");
        }
        Tokens tokens = new Tokens();
        Ledger ledger = new Ledger(tokens);
        Path dir = Files.createTempDirectory("cairn-replicas-");
        String prefix = "cairn-replicas-" + System.currentTimeMillis();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (FakeModel model = new FakeModel(tokens, options.modelDelayMillis(), 1000);
             FakeSlackApi slack = new FakeSlackApi(ledger, 4)) {
            List<CairnChild> children = new ArrayList<>();
            List<AccessLog> accessLogs = new ArrayList<>();
            try {
                for (int r = 0; r < options.replicas(); r++) {
                    Path own = Files.createDirectories(dir.resolve("replica-" + ReplicaOptions.name(r)));
                    AccessLog access = new AccessLog(own);
                    List<String> arguments = new ArrayList<>(access.arguments());
                    arguments.addAll(List.of(
                            "--cairn.data-dir=" + own.resolve("data"),
                            "--cairn.llm.base-url=" + model.baseUrl(), "--cairn.llm.model=fake",
                            "--cairn.llm.api-key=load", "--cairn.knowledge.shared-collections=web",
                            "--cairn.limits.questions-per-minute=0", "--cairn.limits.answer-threads=" + threads,
                            "--cairn.limits.answer-queue=" + queue));
                    arguments.addAll(options.storeArguments(prefix));
                    long started = System.nanoTime();
                    // one after the other: the first runs the database migrations and creates the indices
                    CairnChild child = CairnChild.start(jar, options.jvm(), arguments, own.resolve("cairn.log"));
                    children.add(child);
                    accessLogs.add(access);
                    child.awaitReady(http, Duration.ofMinutes(3));
                    System.out.printf(Locale.ROOT, "replica %s (pid %d) ready in %.1f s at %s%n",
                            ReplicaOptions.name(r), child.pid(), (System.nanoTime() - started) / 1e9, child.baseUrl());
                }
                List<Askers> askers = children.stream()
                        .map(c -> new Askers(http, c.baseUrl(), UNUSED_SECRET, slack, ledger, tokens)).toList();
                for (int r = 0; r < children.size(); r++) {
                    // the first question loads the embedding models: not part of what the upload costs
                    askers.get(r).ask(ledger.register(800_000 + 1_000 * r, Ledger.Route.WEB));
                }
                long uploaded = System.nanoTime();
                LoadBench.upload(http, children.get(0).baseUrl());
                for (int r = children.size() - 1; r >= 0; r--) {
                    LoadBench.probe(ledger, askers.get(r), 900_000 + 1_000 * r);
                    System.out.printf(Locale.ROOT, "replica %s answered from it %.1f s after the upload through A "
                                    + "(one model call of %d ms included)%n", ReplicaOptions.name(r),
                            (System.nanoTime() - uploaded) / 1e9, options.modelDelayMillis());
                }
                ledger.clearEvidence();
                model.takeMostInFlight();
                System.out.println("load average before the crowd: " + loadAverage());
                Crowd crowd = crowd(options, askers, ledger, wait);
                System.out.println("load average after the crowd: " + loadAverage());
                report(options, crowd, ledger, children, accessLogs, model, prefix, threads);
            } catch (RuntimeException e) {
                for (int r = 0; r < children.size(); r++) {
                    System.out.println("replica " + ReplicaOptions.name(r) + "'s log (" + children.get(r).log()
                            + "), last lines:\n" + children.get(r).tail(30));
                }
                throw e;
            } finally {
                for (CairnChild child : children) {
                    child.close();
                }
            }
        } finally {
            if (!Boolean.parseBoolean(BenchInputs.option(args, "--keep", "false"))) {
                LoadBench.deleteQuietly(dir);
            }
        }
    }

    /** Every question of the crowd, the replica it went to, and when the crowd started and finished. */
    private record Crowd(List<Ledger.Asker> questions, Map<Integer, Integer> replicaOf, long startNanos,
                         long endNanos, long startMillis, long endMillis, boolean finished) {
        List<Ledger.Asker> on(int replica) {
            return questions.stream().filter(q -> replicaOf.get(q.id()) == replica).toList();
        }
    }

    /** Each asker asks its questions one after the other, each to the next replica of the round-robin. */
    private static Crowd crowd(ReplicaOptions options, List<Askers> askers, Ledger ledger, Duration wait)
            throws InterruptedException {
        RoundRobin balancer = new RoundRobin(askers.size());
        Map<Integer, Integer> replicaOf = new ConcurrentHashMap<>();
        List<Ledger.Asker> questions = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(options.askers(), Daemons.named("asker"));
        CountDownLatch gate = new CountDownLatch(1);
        for (int i = 0; i < options.askers(); i++) {
            int asker = i;
            pool.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int round = 0; round < options.rounds() && !Thread.currentThread().isInterrupted(); round++) {
                    Ledger.Asker question = ledger.register(round * options.askers() + asker, Ledger.Route.WEB);
                    int replica = balancer.next();
                    replicaOf.put(question.id(), replica);
                    questions.add(question);
                    askers.get(replica).ask(question);
                }
            });
        }
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        gate.countDown();
        pool.shutdown();
        boolean finished = pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        long end = System.nanoTime();
        pool.shutdownNow();
        return new Crowd(List.copyOf(questions), Map.copyOf(replicaOf), start, end, startMillis,
                System.currentTimeMillis(), finished);
    }

    private static void report(ReplicaOptions options, Crowd crowd, Ledger ledger, List<CairnChild> children,
                               List<AccessLog> accessLogs, FakeModel model, String prefix, int threads) {
        Ledger.Tally all = ledger.tally(crowd.questions());
        double seconds = (crowd.endNanos() - crowd.startNanos()) / 1e9;
        double perSecond = seconds > 0 ? all.answered() / seconds : 0;
        int errors = all.askers() - all.answered();
        System.out.println();
        System.out.printf(Locale.ROOT, "%d replicas on one OpenSearch (%s, indices %s-*) and one PostgreSQL; model "
                        + "answers in %d ms; answer pool %d threads per replica%n", children.size(),
                options.openSearchUrl(), prefix, options.modelDelayMillis(), threads);
        System.out.printf(Locale.ROOT, "crowd: %d web askers at once, each asking %d questions in turn (%d questions), "
                        + "round-robin over the replicas%s%n", options.askers(), options.rounds(), all.askers(),
                crowd.finished() ? "" : " — NOT FINISHED by the deadline");
        line("all", all);
        for (int r = 0; r < children.size(); r++) {
            Ledger.Tally t = ledger.tally(crowd.on(r));
            line("replica " + ReplicaOptions.name(r), t);
            List<Long> cairn = accessLogs.get(r).serviceNanos("/api/v1/chat", crowd.startMillis(), crowd.endMillis());
            System.out.printf(Locale.ROOT, "    time inside replica %s per answer (Tomcat access log): p50 %.1f ms, "
                            + "p99 %.1f ms; peak RSS %d MB; log lines ' ERROR ' %d%n", ReplicaOptions.name(r),
                    LoadBench.millis(cairn, 0.50), LoadBench.millis(cairn, 0.99),
                    children.get(r).peakRssMegabytes(), children.get(r).logLinesWith(" ERROR "));
        }
        System.out.printf(Locale.ROOT, "  %d answered in %.1f s: %.1f questions/s; %d errors; model calls in flight "
                + "at most %d%n", all.answered(), seconds, perSecond, errors, model.takeMostInFlight());
        ledger.evidence().forEach(e -> System.out.println("  ! " + e));
        StringBuilder perReplica = new StringBuilder();
        for (int r = 0; r < children.size(); r++) {
            Ledger.Tally t = ledger.tally(crowd.on(r));
            perReplica.append(r == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "\"%s\":{\"questions\":%d,\"answered\":%d,\"p50_ms\":%.1f,\"p99_ms\":%.1f}",
                    ReplicaOptions.name(r), t.askers(), t.answered(), LoadBench.millis(t.responseNanos(), 0.50),
                    LoadBench.millis(t.responseNanos(), 0.99)));
        }
        List<Long> latency = all.responseNanos();
        System.out.printf(Locale.ROOT, "{\"replicas\":%d,\"askers\":%d,\"rounds\":%d,\"model_delay_ms\":%d,"
                        + "\"questions\":%d,\"answered\":%d,\"errors\":%d,\"misdelivered\":%d,\"p50_ms\":%.1f,"
                        + "\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"questions_per_s\":%.2f,\"per_replica\":{%s}}%n",
                children.size(), options.askers(), options.rounds(), options.modelDelayMillis(), all.askers(),
                all.answered(), errors, all.strayed(), LoadBench.millis(latency, 0.50),
                LoadBench.millis(latency, 0.95), LoadBench.millis(latency, 0.99), perSecond, perReplica);
    }

    /** The machine's 1, 5 and 15 minute load averages (Linux), so a reader sees what else shared the cores. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2] + " on " + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void line(String who, Ledger.Tally t) {
        List<Long> n = t.responseNanos();
        System.out.printf(Locale.ROOT, "  %-9s %d questions: %d answered, %d silent, %d doubled, %d misdelivered, "
                        + "%d busy, %d failed, %d fallback, %d other; answer p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", who, t.askers(), t.answered(), t.silent(), t.doubled(), t.strayed(),
                t.busy(), t.failed(), t.fallback(), t.other(), LoadBench.millis(n, 0.50), LoadBench.millis(n, 0.95),
                LoadBench.millis(n, 0.99), LoadBench.millis(n, 1.0));
    }
}
