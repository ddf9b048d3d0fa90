package dev.cairn.records;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the records database is (a JDBC URL: embedded H2 or PostgreSQL) and whom Cairn connects as; its text never
 * shows the password, not even one written into the URL. A blank URL is refused.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://db:5432/cairn}
 * @param username the database user; may be empty when the URL or the server needs none
 * @param password that user's password; may be empty
 */
public record DatabaseAddress(String url, String username, String password) {
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseAddress {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url must be a JDBC URL, was blank");
        }
        url = url.strip();
        username = Objects.requireNonNullElse(username, "");
        password = Objects.requireNonNullElse(password, "");
    }

    /**
     * The embedded H2 database {@code <dataDir>/records/cairn}. {@code WRITE_DELAY=0} writes each commit to the file
     * before it returns: H2's default (a flush every half second) loses the last commits to a {@code kill -9}. The
     * {@code async:} file system reads and writes through an {@code AsynchronousFileChannel}, which a thread's
     * interrupt does not close: on the default {@code file:} one, a single write by an interrupted thread (an answer
     * abandoned at shutdown, say) closes the database for every connection until Cairn restarts.
     */
    public static DatabaseAddress embedded(Path dataDir) {
        return new DatabaseAddress("jdbc:h2:async:" + dataDir.resolve("records").toAbsolutePath().resolve("cairn")
                + ";AUTO_SERVER=FALSE;WRITE_DELAY=0", "cairn", "");
    }

    /** The URL with any {@code password=} parameter masked, fit for logs and error messages. */
    public String shownUrl() {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1(hidden)");
    }

    @Override
    public String toString() {
        return "DatabaseAddress[url=" + shownUrl() + ", username=" + username + ", password=(hidden)]";
    }
}
