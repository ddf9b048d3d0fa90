package dev.cairn.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cairn in a JVM of its own (the test's class path, {@link CairnApplication} as main), so that a test can really
 * kill it: {@link #kill()} is {@code kill -9}, {@link #terminate(Duration)} is {@code SIGTERM}. It listens on a free
 * port of 127.0.0.1 with {@code cairn.data-dir} set to the given directory; its output goes to {@link #log()}. Start
 * it again on the same directory to see what survived.
 */
final class ChildCairn implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);
    private final Process process;
    private final int port;
    private final Path log;
    private final Api api;

    private ChildCairn(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /**
     * Starts Cairn on {@code dataDir} with extra {@code key=value} settings (as command-line arguments) and waits
     * until its readiness probe says UP; throws, with the end of its output, when it exits or is not ready in time.
     * Embeddings are off (keyword search) unless the settings choose a model and a retrieval mode, so that it starts
     * fast.
     */
    static ChildCairn start(Path dataDir, String... properties) {
        List<String> defaults = new ArrayList<>();
        // a setting given twice on the command line binds as both values joined by a comma: add the defaults only
        for (String fallback : List.of("cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25")) {
            String key = fallback.substring(0, fallback.indexOf('=') + 1);
            if (List.of(properties).stream().noneMatch(p -> p.startsWith(key))) {
                defaults.add(fallback);
            }
        }
        defaults.addAll(List.of(properties));
        return launch(List.of(java(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CairnApplication.class.getName()), dataDir, defaults);
    }

    /**
     * Starts the packaged {@code jar} as the README's first command does ({@code java -jar cairn.jar}, every setting
     * at its default but the port and {@code dataDir}) and waits until it is ready.
     */
    static ChildCairn fromJar(Path jar, Path dataDir) {
        return launch(List.of(java(), "-jar", jar.toAbsolutePath().toString()), dataDir, List.of());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static ChildCairn launch(List<String> launcher, Path dataDir, List<String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--cairn.data-dir=" + dataDir.toAbsolutePath()));
        for (String property : properties) {
            command.add("--" + property);
        }
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir.toAbsolutePath().getParent(), "child-cairn-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ChildCairn child = new ChildCairn(process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            child.awaitReady();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of this Cairn's HTTP API. */
    Api api() {
        return api;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Where its standard output and error go. */
    Path log() {
        return log;
    }

    /** Everything it printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** {@code kill -9}: the process dies at once, without shutdown hooks; returns when it is gone. */
    void kill() {
        process.destroyForcibly();
        await(Duration.ofSeconds(30));
    }

    /**
     * {@code SIGTERM}: a graceful shutdown. Returns how long the process took to exit; throws when it did not exit
     * {@code within}, killing it then.
     */
    Duration terminate(Duration within) {
        long begun = System.nanoTime();
        process.destroy();
        await(within);
        return Duration.ofNanos(System.nanoTime() - begun);
    }

    /** The exit code; throws while it runs. */
    int exitCode() {
        return process.exitValue();
    }

    private void await(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError("Cairn (pid " + pid() + ") did not exit within " + within + "; output:\n"
                        + tail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Cairn exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                Api.Reply ready = api.get("/actuator/health/readiness");
                if (ready.status() == 200 && ready.body().contains("\"UP\"")) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            sleep(200);
        }
        close();
        throw new AssertionError("Cairn was not ready within " + READY_WITHIN + ":\n" + tail());
    }

    /** The last lines of its output, for failure messages. */
    String tail() {
        String[] lines = output().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Its threads' stacks now, as {@code jstack} of this JDK prints them. */
    String threadDump() {
        try {
            Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(pid())).redirectErrorStream(true).start();
            byte[] out = jstack.getInputStream().readAllBytes();
            if (!jstack.waitFor(60, TimeUnit.SECONDS)) {
                jstack.destroyForcibly();
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills it if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
