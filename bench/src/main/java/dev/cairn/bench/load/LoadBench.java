package dev.cairn.bench.load;

import dev.cairn.bench.BenchInputs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Load on the real jar: starts a fake OpenAI-compatible model answering after a fixed delay, a fake Slack Web API,
 * and {@code cairn.jar} as a child process wired to both; uploads a small policy document; then (1) fires web askers
 * and signed Slack askers (slash commands and mentions, half each) all at once, and (2) pushes more Slack askers
 * than the answer pool can hold. Every answer is matched to its asker by a token the model echoes; prints answers
 * lost, doubled and misdelivered, busy replies, Slack acknowledgement times, questions/s and Cairn's peak RSS, then
 * one JSON line. Usage: {@code java -jar bench/target/cairn-bench.jar load [--jar config/target/cairn.jar]
 * [--askers 200] [--slack-askers 200] [--overflow 400] [--model-delay-ms 2000] [--wait-s 600] [--jvm "-Xmx1g"]
 * [--keep true]} (the last keeps the temporary directory: Cairn's log, its access log and data). With
 * {@code --replicas 2 --opensearch-url URL --database-url JDBC}, runs {@link ReplicaBench} instead.
 */
public final class LoadBench {
    private static final String SECRET = "load-signing-secret-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final String DOCUMENT = """
            # Travel and expenses policy

            ## Meals
            The daily meal allowance on a business trip is 60 euros per day, or 90 euros per day in London, Paris
            and New York. Alcohol is never reimbursed.

            ## Receipts
            Submit your travel receipts in the expense tool within 30 days of returning from the trip. Receipts
            submitted later than 30 days need the approval of your manager.

            ## Flights
            Book economy class for flights up to six hours. For a flight longer than six hours you may book premium
            economy; business class needs the approval of a director.

            ## Hotels
            A hotel night may cost up to 150 euros, or up to 220 euros in a large city such as London or Tokyo.
            """;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (ReplicaOptions.requested(args)) {
            ReplicaBench.main(args);
            return;
        }
        Path jar = Path.of(BenchInputs.option(args, "--jar", "config/target/cairn.jar"));
        int webAskers = Integer.parseInt(BenchInputs.option(args, "--askers", "200"));
        int slackAskers = Integer.parseInt(BenchInputs.option(args, "--slack-askers", String.valueOf(webAskers)));
        int overflow = Integer.parseInt(BenchInputs.option(args, "--overflow", "800"));
        long delay = Long.parseLong(BenchInputs.option(args, "--model-delay-ms", "2000"));
        long ramp = Long.parseLong(BenchInputs.option(args, "--ramp-ms", "0"));
        int threads = Integer.parseInt(BenchInputs.option(args, "--answer-threads", "32"));
        int queue = Integer.parseInt(BenchInputs.option(args, "--answer-queue", "500"));
        Duration wait = Duration.ofSeconds(Long.parseLong(BenchInputs.option(args, "--wait-s", "600")));
        List<String> jvm = Arrays.stream(BenchInputs.option(args, "--jvm", "").split("\\s+")).filter(s -> !s.isBlank()).toList();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is not there: build it with "
                    + "mvn -B -q -pl config,bench -am -DskipTests package");
        }
        Tokens tokens = new Tokens();
        Ledger ledger = new Ledger(tokens);
        Path dir = Files.createTempDirectory("cairn-load-");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int cores = Runtime.getRuntime().availableProcessors();
        AccessLog access = new AccessLog(dir);
        try (FakeModel model = new FakeModel(tokens, delay, 1000);
             FakeSlackApi slack = new FakeSlackApi(ledger, 64)) {
            List<String> arguments = new ArrayList<>(access.arguments());
            arguments.addAll(List.of(
                    "--cairn.data-dir=" + dir.resolve("data"),
                    "--cairn.llm.base-url=" + model.baseUrl(), "--cairn.llm.model=fake", "--cairn.llm.api-key=load",
                    "--cairn.knowledge.shared-collections=web", "--cairn.limits.questions-per-minute=0",
                    "--cairn.limits.answer-threads=" + threads, "--cairn.limits.answer-queue=" + queue,
                    "--cairn.slack.enabled=true", "--cairn.slack.api-url=" + slack.apiUrl(),
                    "--cairn.slack.bot-token=xoxb-load", "--cairn.slack.signing-secret=" + SECRET));
            CairnChild cairn = CairnChild.start(jar, jvm, arguments, dir.resolve("cairn.log"));
            try {
                long started = System.nanoTime();
                cairn.awaitReady(http, Duration.ofMinutes(3));
                System.out.printf(Locale.ROOT, "Cairn (pid %d) ready in %.1f s; run %s; %d cores here, model answers in "
                        + "%d ms%n", cairn.pid(), (System.nanoTime() - started) / 1e9, tokens, cores, delay);
                Askers askers = new Askers(http, cairn.baseUrl(), SECRET, slack, ledger, tokens);
                upload(http, cairn.baseUrl());
                probe(ledger, askers);
                List<Long> idleAcks = oneAtATime(ledger, askers, wait);
                ledger.clearEvidence();
                System.out.printf(Locale.ROOT, "Slack acks one at a time (warm-up, no load): p50 %.1f ms, p99 %.1f ms%n",
                        millis(idleAcks, 0.50), millis(idleAcks, 0.99));

                List<Ledger.Asker> loaded = new ArrayList<>();
                for (int i = 0; i < webAskers; i++) {
                    loaded.add(ledger.register(i, Ledger.Route.WEB));
                }
                for (int i = 0; i < slackAskers; i++) {
                    int id = webAskers + i;
                    loaded.add(ledger.register(id, i % 2 == 0 ? Ledger.Route.SLASH : Ledger.Route.MENTION));
                }
                model.takeMostInFlight();
                Phase first = run("loaded", loaded, askers, ledger, wait, ramp);
                int modelFirst = model.takeMostInFlight();

                List<Ledger.Asker> pushed = new ArrayList<>();
                for (int i = 0; i < overflow; i++) {
                    int id = 100_000 + i;
                    pushed.add(ledger.register(id, i % 2 == 0 ? Ledger.Route.SLASH : Ledger.Route.MENTION));
                }
                Phase second = run("overflow", pushed, askers, ledger, wait, ramp);
                int modelSecond = model.takeMostInFlight();

                report(first, modelFirst, second, modelSecond, cairn, model, slack, ledger, cores, delay, idleAcks, access,
                        new Pool(threads, queue, ramp));
            } catch (RuntimeException e) {
                System.out.println("Cairn's log (" + cairn.log() + "), last lines:\n" + cairn.tail(30));
                throw e;
            } finally {
                cairn.close();
            }
        } finally {
            if (!Boolean.parseBoolean(BenchInputs.option(args, "--keep", "false"))) {
                deleteQuietly(dir);
            }
        }
    }

    /** One phase: who asked, when the askers were let go, and what came back. */
    /** The answer pool Cairn was started with, and how the askers of a phase arrive. */
    private record Pool(int threads, int queue, long rampMillis) {
        String arrival() {
            return rampMillis == 0 ? "all in the same instant" : "arriving over " + rampMillis + " ms";
        }
    }

    private record Phase(String name, List<Ledger.Asker> askers, long startNanos, long startMillis, long endMillis,
                         boolean settled,
                         Ledger.Tally web, Ledger.Tally slash, Ledger.Tally mention, long retries) {
        Ledger.Tally all(Ledger ledger) {
            return ledger.tally(askers);
        }

        List<Long> slackResponses() {
            return Stream.concat(slash.responseNanos().stream(), mention.responseNanos().stream()).toList();
        }
    }

    private static Phase run(String name, List<Ledger.Asker> group, Askers askers, Ledger ledger, Duration wait,
                             long rampMillis) throws InterruptedException {
        long retriesBefore = askers.retries();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, group.size()), Daemons.named("asker"));
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch ready = new CountDownLatch(group.size());
        for (int i = 0; i < group.size(); i++) {
            Ledger.Asker asker = group.get(i);
            long offset = rampMillis * i / Math.max(1, group.size());
            pool.execute(() -> {
                ready.countDown();
                try {
                    gate.await();
                    Thread.sleep(offset);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                askers.ask(asker);
            });
        }
        ready.await(60, TimeUnit.SECONDS);
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        gate.countDown();
        pool.shutdown();
        long deadline = start + wait.toNanos();
        while (!ledger.settled(group) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        boolean settled = ledger.settled(group);
        pool.awaitTermination(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
        Thread.sleep(GRACE.toMillis());
        pool.shutdownNow();
        return new Phase(name, group, start, startMillis, System.currentTimeMillis(), settled, tally(ledger, group, Ledger.Route.WEB),
                tally(ledger, group, Ledger.Route.SLASH), tally(ledger, group, Ledger.Route.MENTION),
                askers.retries() - retriesBefore);
    }

    private static Ledger.Tally tally(Ledger ledger, List<Ledger.Asker> group, Ledger.Route route) {
        return ledger.tally(group.stream().filter(a -> a.route() == route).toList());
    }

    private static void report(Phase first, int modelFirst, Phase second, int modelSecond, CairnChild cairn,
                               FakeModel model, FakeSlackApi slack, Ledger ledger, int cores, long delay,
                               List<Long> idleAcks, AccessLog access, Pool pool) {
        Ledger.Tally all = first.all(ledger);
        double seconds = (all.lastAnswerNanos() - first.startNanos()) / 1e9;
        double perSecond = seconds > 0 ? all.answered() / seconds : 0;
        List<Long> acks = first.slackResponses();
        long retries = first.retries();
        Ledger.Tally over = second.all(ledger);
        List<Long> overAcks = second.slackResponses();
        long rss = cairn.peakRssMegabytes();
        System.out.println();
        System.out.printf(Locale.ROOT, "%s: %d web + %d Slack askers at once (%d /ask, %d mentions), %s%s%n",
                first.name(), first.web().askers(), first.slash().askers() + first.mention().askers(),
                first.slash().askers(), first.mention().askers(), pool.arrival(),
                first.settled() ? "" : " — NOT SETTLED by the deadline");
        line("web", first.web(), "response");
        line("/ask", first.slash(), "ack");
        line("mention", first.mention(), "ack");
        List<Long> inside = access.serviceNanos("/slack/events", first.startMillis(), first.endMillis());
        long late = acks.stream().filter(n -> n > Askers.SLACK_GIVES_UP.toNanos()).count();
        System.out.printf(Locale.ROOT, "  Slack acks while loaded: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d over 3 s "
                        + "(Slack retries such an event, shows a slash command as failed); events retried: %d%n",
                millis(acks, 0.50), millis(acks, 0.99), millis(acks, 1.0), late, retries);
        System.out.printf(Locale.ROOT, "  time inside Cairn per Slack request (Tomcat access log): p50 %.1f ms, p99 "
                + "%.1f ms, max %.1f ms%n", millis(inside, 0.50), millis(inside, 0.99), millis(inside, 1.0));
        System.out.printf(Locale.ROOT, "  %d answered in %.1f s: %.1f questions/s; model calls in flight at most %d%n",
                all.answered(), seconds, perSecond, modelFirst);
        System.out.printf(Locale.ROOT, "%s: %d Slack askers at once (%d /ask, %d mentions), %s; answer pool %d threads "
                        + "+ %d queued%s%n", second.name(), over.askers(), second.slash().askers(),
                second.mention().askers(), pool.arrival(), pool.threads(), pool.queue(),
                second.settled() ? "" : " — NOT SETTLED by the deadline");
        line("/ask", second.slash(), "ack");
        line("mention", second.mention(), "ack");
        List<Long> overInside = access.serviceNanos("/slack/events", second.startMillis(), second.endMillis());
        System.out.printf(Locale.ROOT, "  answers %d, busy replies %d, failed %d, silence %d; acks p50 %.1f ms, "
                        + "p99 %.1f ms (inside Cairn p50 %.1f ms, p99 %.1f ms); model calls in flight at most %d%n",
                over.answered(), over.busy(), over.failed(), over.silent(), millis(overAcks, 0.50),
                millis(overAcks, 0.99), millis(overInside, 0.50), millis(overInside, 0.99), modelSecond);
        System.out.printf(Locale.ROOT, "Cairn peak RSS: %d MB; model requests %d (prompts mixing askers: %d); log lines "
                        + "'too busy' %d, ' ERROR ' %d%n", rss, model.requests(), model.mixedPrompts(),
                cairn.logLinesWith("too busy"), cairn.logLinesWith(" ERROR "));
        System.out.println("Slack Web API calls: " + slack.calls());
        ledger.evidence().forEach(e -> System.out.println("  ! " + e));
        System.out.printf(Locale.ROOT, "{\"cores\":%d,\"ramp_ms\":%d,\"answer_threads\":%d,\"answer_queue\":%d,"
                        + "\"model_delay_ms\":%d,\"web_askers\":%d,\"slack_askers\":%d,"
                        + "\"lost\":%d,\"doubled\":%d,\"misdelivered\":%d,\"busy\":%d,\"failed\":%d,"
                        + "\"slack_ack_p50_ms\":%.1f,\"slack_ack_p99_ms\":%.1f,\"web_p50_ms\":%.1f,\"web_p99_ms\":%.1f,"
                        + "\"questions_per_s\":%.2f,\"overflow_askers\":%d,\"overflow_answers\":%d,\"overflow_busy\":%d,"
                        + "\"overflow_failed\":%d,\"overflow_silent\":%d,\"overflow_doubled\":%d,"
                        + "\"overflow_misdelivered\":%d,\"overflow_ack_p99_ms\":%.1f,\"peak_rss_mb\":%d,"
                        + "\"idle_ack_p50_ms\":%.1f,\"idle_ack_p99_ms\":%.1f,\"slack_acks_over_3s\":%d,"
                        + "\"slack_retries\":%d,\"slack_inside_p50_ms\":%.1f,\"slack_inside_p99_ms\":%.1f}%n",
                cores, pool.rampMillis(), pool.threads(), pool.queue(), delay, first.web().askers(),
                first.slash().askers() + first.mention().askers(), all.silent(),
                all.doubled(), all.strayed(), all.busy(),
                all.failed() + all.fallback() + all.other(), millis(acks, 0.50), millis(acks, 0.99),
                millis(first.web().responseNanos(), 0.50), millis(first.web().responseNanos(), 0.99), perSecond,
                over.askers(), over.answered(), over.busy(), over.failed() + over.fallback() + over.other(),
                over.silent(), over.doubled(), over.strayed(), millis(overAcks, 0.99), rss, millis(idleAcks, 0.50),
                millis(idleAcks, 0.99), late, retries, millis(inside, 0.50), millis(inside, 0.99));
    }

    private static void line(String route, Ledger.Tally t, String response) {
        if (t.askers() == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-8s %d askers: %d answered, %d silent, %d doubled, %d misdelivered, %d busy, "
                        + "%d failed, %d fallback, %d other; %s p50 %.1f ms, p99 %.1f ms%n", route, t.askers(),
                t.answered(), t.silent(), t.doubled(), t.strayed(), t.busy(), t.failed(), t.fallback(), t.other(),
                response, millis(t.responseNanos(), 0.50), millis(t.responseNanos(), 0.99));
    }

    /** The nearest-rank percentile of {@code nanos}, in milliseconds; 0 for none. */
    static double millis(List<Long> nanos, double quantile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, rank - 1))) / 1e6;
    }

    static void upload(HttpClient http, String cairn) throws IOException, InterruptedException {
        String boundary = "cairnload" + Long.toHexString(System.nanoTime());
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
                + "filename=\"travel-policy.md\"\r\nContent-Type: text/markdown\r\n\r\n" + DOCUMENT + "\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cairn
                        + "/api/v1/knowledge/files")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the upload failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        System.out.println("uploaded travel-policy.md: " + response.body());
    }

    /** Twenty Slack questions, one after the other, each answered before the next: warms the Slack path up. */
    private static List<Long> oneAtATime(Ledger ledger, Askers askers, Duration wait) throws InterruptedException {
        List<Long> acks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Ledger.Asker asker = ledger.register(800_000 + i, i % 2 == 0 ? Ledger.Route.SLASH : Ledger.Route.MENTION);
            askers.ask(asker);
            long deadline = System.nanoTime() + wait.toNanos();
            while (!ledger.outcome(asker.id()).settled() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (ledger.outcome(asker.id()).answers.get() != 1) {
                throw new IllegalStateException("warm-up Slack question " + asker.id() + " was not answered: "
                        + ledger.evidence());
            }
            acks.add(ledger.outcome(asker.id()).responseNanos);
        }
        return acks;
    }

    /** Asks on the web until an answer comes from the model with its token: the document is searchable. */
    private static void probe(Ledger ledger, Askers askers) throws InterruptedException {
        probe(ledger, askers, 900_000);
    }

    /** As {@link #probe(Ledger, Askers)}, numbering the probing askers from {@code firstId}. */
    static void probe(Ledger ledger, Askers askers, int firstId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            Ledger.Asker probe = ledger.register(firstId + i, Ledger.Route.WEB);
            askers.ask(probe);
            if (ledger.outcome(probe.id()).answers.get() == 1) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no question found the uploaded document within 90 s: "
                + ledger.evidence());
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
