package dev.cairn.app.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code ingest} was asked to do: the folders to send, the Cairn to send them to and the scope; {@link #parse}
 * throws {@link IllegalArgumentException} with a message for the user when the arguments are wrong.
 */
record IngestOptions(List<Path> dirs, URI url, String scope) {
    static final String DEFAULT_URL = "http://localhost:8080";
    /** The HTTP API files every upload into the web scope; it has no way to choose another one yet. */
    static final Set<String> SCOPES = Set.of("web");

    IngestOptions {
        dirs = List.copyOf(Objects.requireNonNull(dirs, "dirs"));
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scope, "scope");
        if (dirs.isEmpty()) {
            throw new IllegalArgumentException("name at least one folder to send");
        }
    }

    /** Reads {@code ingest DIR... [--url URL] [--scope web]} ({@code args[0]} is the command name). */
    static IngestOptions parse(String[] args) {
        Arguments a = Arguments.parseWithOperands(args, Set.of("url", "scope"));
        List<Path> dirs = a.operands().stream().map(Path::of).toList();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("not a folder: " + dir);
            }
        }
        String scope = a.optional("scope", "web");
        if (!SCOPES.contains(scope)) {
            throw new IllegalArgumentException("unknown scope '" + scope + "': the HTTP API puts uploads in the scope "
                    + "'web' only (the scope of the web page and API)");
        }
        return new IngestOptions(dirs, url(a.optional("url", DEFAULT_URL)), scope);
    }

    private static URI url(String text) {
        String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be an http(s) address such as " + DEFAULT_URL
                        + ", not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url is not an address: '" + text + "'", e);
        }
    }

    /** The key under which the state file remembers what this Cairn and scope already hold. */
    String target() {
        return url + " " + scope;
    }
}
