package dev.cairn.knowledge.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One real OpenSearch node per test JVM, started on first use from the Maven-served integ-test zip with the k-NN
 * plugin, on 127.0.0.1, and stopped when the JVM exits; {@link #startPrivate()} starts another one, with its own
 * configuration, ports and data, that a test may kill and restart. It needs a Java 21 or newer (OpenSearch 3 is built for it):
 * {@code CAIRN_TEST_JAVA21_HOME}, else the Temurin 25 JDK under /usr/lib/jvm; without one it fails with a message
 * saying how to point the tests at one. As root it runs the node as {@code nobody} through setpriv (OpenSearch
 * refuses root). Never skips. Other modules use it through knowledge-opensearch's test-jar; they find the zips
 * through the system properties {@code cairn.test.opensearch.zip} and {@code cairn.test.opensearch.knn.zip} (see this
 * module's pom) or, without them, in the local Maven repository, so they should declare the two zip artifacts as
 * test dependencies too.
 */
public final class OpenSearchServer {
    public static final String VERSION = "3.5.0";
    private static final Path KNOWN_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final AtomicInteger PRIVATE = new AtomicInteger();
    private static OpenSearchServer shared;
    private final Path javaHome;
    private final Path home;
    private final Path run;
    private final int httpPort;
    private final int transportPort;
    private final String url;
    private final Path pidFile;

    private OpenSearchServer(Path javaHome, Path home, Path run, int httpPort, int transportPort) {
        this.javaHome = javaHome;
        this.home = home;
        this.run = run;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.url = "http://127.0.0.1:" + httpPort;
        this.pidFile = run.resolve("opensearch.pid");
    }

    /** The node of this JVM, started on first call (about 15 s); throws {@link IllegalStateException} if it cannot start. */
    public static synchronized OpenSearchServer shared() {
        if (shared == null) {
            shared = start();
            OpenSearchServer node = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "opensearch-test-node-stop"));
        }
        return shared;
    }

    /** The node's HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return url;
    }

    /**
     * A node of its own on fresh ports and data, for a test that stops, kills or restarts it (never the shared one,
     * which other tests use); the caller stops it with {@link #stop()}, else the JVM's exit does.
     */
    public static synchronized OpenSearchServer startPrivate() {
        OpenSearchServer node = start("private-" + PRIVATE.incrementAndGet());
        Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "opensearch-private-node-stop"));
        return node;
    }

    private static OpenSearchServer start() {
        return start("shared");
    }

    private static OpenSearchServer start(String name) {
        Path javaHome = java21(System.getenv("CAIRN_TEST_JAVA21_HOME"), KNOWN_JDK);
        Path base = base(Path.of("target", "opensearch").toAbsolutePath());
        try {
            Path home = install(base, javaHome);
            Path run = Files.createDirectories(base.resolve("run-" + ProcessHandle.current().pid() + "-" + name));
            OpenSearchServer server = new OpenSearchServer(javaHome, home, run, freePort(), freePort());
            server.configure();
            server.launch();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the OpenSearch test node under " + base + ": "
                    + e.getMessage(), e);
        }
    }

    /** Writes the node's own configuration directory: the distribution's, with this node's ports and folders. */
    private void configure() throws IOException {
        Path data = Files.createDirectories(run.resolve("data"));
        Path logs = Files.createDirectories(run.resolve("logs"));
        Path conf = run.resolve("config");
        copyTree(home.resolve("config"), conf);
        Files.writeString(conf.resolve("opensearch.yml"), String.join("\n",
                "cluster.name: cairn-test",
                "node.name: cairn-test-node",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "discovery.type: single-node",
                "path.data: " + data,
                "path.logs: " + logs,
                "cluster.routing.allocation.disk.threshold_enabled: false",
                ""));
        owner(run);
    }

    /** Starts the node process on the configured ports and data, and waits until the cluster answers. */
    private void launch() throws IOException {
        Files.deleteIfExists(pidFile);
        Process process = asNodeUser(javaHome, home, List.of("OPENSEARCH_PATH_CONF=" + run.resolve("config")),
                List.of(home.resolve("bin/opensearch").toString(), "-d", "-p", pidFile.toString()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(run.resolve("stdout.log").toFile()))
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        awaitHealthy(process, run.resolve("logs"));
    }

    /** The Java to run OpenSearch with: {@code configured} (CAIRN_TEST_JAVA21_HOME) if set, else {@code known}. */
    static Path java21(String configured, Path known) {
        Path home = configured != null && !configured.isBlank() ? Path.of(configured) : known;
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new IllegalStateException("The OpenSearch " + VERSION + " test node needs a Java 21 or newer, and "
                    + (configured != null && !configured.isBlank() ? "CAIRN_TEST_JAVA21_HOME=" + configured
                    + " has no bin/java" : "none was found at " + known) + ". Install one (e.g. apt-get install "
                    + "temurin-25-jdk) and set CAIRN_TEST_JAVA21_HOME to its home directory, then run the tests again.");
        }
        return home;
    }

    /** Unzips the distribution and installs the k-NN plugin once per target directory. */
    private static Path install(Path base, Path javaHome) throws IOException {
        Path home = base.resolve("opensearch-" + VERSION);
        Path done = base.resolve("installed");
        if (Files.exists(done)) {
            return home;
        }
        deleteTree(home);
        Files.createDirectories(base);
        unzip(artifact("cairn.test.opensearch.zip", "org/opensearch/distribution/integ-test-zip/opensearch/"
                + VERSION + "/opensearch-" + VERSION + ".zip"), base);
        try (Stream<Path> bin = Files.list(home.resolve("bin"))) {
            bin.forEach(f -> f.toFile().setExecutable(true, false));
        }
        Path knn = artifact("cairn.test.opensearch.knn.zip", "org/opensearch/plugin/opensearch-knn/" + VERSION
                + ".0/opensearch-knn-" + VERSION + ".0.zip");
        Path knnCopy = base.resolve("opensearch-knn.zip");
        Files.copy(knn, knnCopy, StandardCopyOption.REPLACE_EXISTING);
        owner(base);
        try {
            Process install = asNodeUser(javaHome, home, List.of(), List.of(home.resolve("bin/opensearch-plugin").toString(),
                    "install", "--batch", knnCopy.toUri().toString()))
                    .redirectErrorStream(true).redirectOutput(base.resolve("plugin-install.log").toFile()).start();
            if (!install.waitFor(3, TimeUnit.MINUTES) || install.exitValue() != 0) {
                throw new IllegalStateException("installing the k-NN plugin failed: "
                        + Files.readString(base.resolve("plugin-install.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the k-NN plugin", e);
        }
        Files.writeString(done, VERSION);
        return home;
    }

    /** The artifact Maven downloaded: the path in the system property the build sets, else the local repository. */
    private static Path artifact(String property, String repositoryPath) {
        String set = System.getProperty(property);
        Path path = set != null && !set.isBlank() && !set.startsWith("${") ? Path.of(set)
                : Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository")).resolve(repositoryPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: declare the OpenSearch zip artifacts as test "
                    + "dependencies of type zip (see knowledge-opensearch's pom) so that Maven downloads them");
        }
        return path;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * Where the node is unpacked: {@code target/opensearch}, or, when the tests run as root and the node as nobody, a
     * folder under the system's temporary directory named after that path (nobody may not be allowed through the
     * folders above a checkout, while {@code /tmp} is open to every user); reused by later runs of the same checkout.
     */
    static Path base(Path target) {
        if (!root()) {
            return target;
        }
        return Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("cairn-test-opensearch-" + Integer.toHexString(target.toString().hashCode()));
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Hands a directory to the node's user (nobody) when the tests run as root. */
    private static void owner(Path dir) throws IOException {
        if (!root()) {
            return;
        }
        run(List.of("chown", "-R", "nobody:nogroup", dir.toString()));
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    /** The command as the node's user, with a clean environment naming the Java to use and a small heap. */
    private static ProcessBuilder asNodeUser(Path javaHome, Path home, List<String> environment,
                                             List<String> command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--init-groups"));
        }
        full.addAll(List.of("env", "-i", "PATH=/usr/bin:/bin", "HOME=" + home, "OPENSEARCH_JAVA_HOME=" + javaHome,
                "OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m -XX:ActiveProcessorCount=1"));
        full.addAll(environment);
        full.addAll(command);
        return new ProcessBuilder(full).directory(home.toFile());
    }

    private void awaitHealthy(Process launcher, Path logs) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/_cluster/health?wait_for_status=yellow&timeout=2s")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for OpenSearch", e);
            }
            if (!launcher.isAlive() && pid().isPresent() && pid().flatMap(ProcessHandle::of).isEmpty()) {
                break;
            }
            sleep(500);
        }
        String log = tail(logs.resolve("cairn-test.log"));
        stop();
        throw new IllegalStateException("the OpenSearch test node did not become healthy at " + url + " within "
                + START_TIMEOUT.toSeconds() + " s; its log: " + log);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private Optional<Long> pid() {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the node (SIGTERM to its pid), waits up to 30 s for it to exit, and removes its data. */
    public void stop() {
        halt(false);
        try {
            deleteTree(run);
        } catch (IOException | UncheckedIOException e) {
            // the next build's clean removes it
        }
    }

    /** Kills the node at once (SIGKILL, as a crash or a pulled cable would end it) and waits for it to be gone. */
    public void kill() {
        halt(true);
    }

    /** Starts the node again after {@link #kill()}, on the same address and data; waits until it answers. */
    public synchronized void restart() {
        try {
            launch();
        } catch (IOException e) {
            throw new IllegalStateException("could not restart the OpenSearch test node at " + url + ": "
                    + e.getMessage(), e);
        }
    }

    private void halt(boolean forcibly) {
        pid().flatMap(ProcessHandle::of).ifPresent(node -> {
            if (forcibly) {
                node.destroyForcibly();
            } else {
                node.destroy();
            }
            try {
                node.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                node.destroyForcibly();
            }
        });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
