package dev.cairn.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tomcat's access log of the child, written with {@link #PATTERN}: when each request began (epoch ms), its path, its
 * status and how long Cairn spent on it. Set beside the time the asker saw, it tells waiting before Cairn's servlet
 * (connection, accept, a free request thread) from time spent inside it.
 */
final class AccessLog {
    static final String PATTERN = "%{begin:msec}t %U %s %{us}T";
    private final Path file;

    AccessLog(Path directory) {
        this.file = directory.resolve("access.log");
    }

    /** The Spring arguments that make Tomcat write this log, unbuffered, into the directory. */
    List<String> arguments() {
        return List.of("--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + file.getParent(),
                "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=" + PATTERN);
    }

    /** How long Cairn spent on each request to {@code path} that began in [from, to) (epoch ms), in nanoseconds. */
    List<Long> serviceNanos(String path, long fromMillis, long toMillis) {
        List<Long> nanos = new ArrayList<>();
        if (!Files.exists(file)) {
            return nanos;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.trim().split(" ");
                if (f.length == 4 && f[1].equals(path)) {
                    long begin = Long.parseLong(f[0]);
                    if (begin >= fromMillis && begin < toMillis) {
                        nanos.add(Long.parseLong(f[3]) * 1000);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            return List.of();
        }
        return nanos;
    }
}
