package dev.cairn.app.cli;

import dev.cairn.knowledge.opensearch.OpenSearchSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code reindex} was asked to do: the embedded deployment's data directory and the OpenSearch cluster to copy
 * its knowledge into. Options win over the environment variables the server reads ({@code CAIRN_OPENSEARCH_URL},
 * {@code _USERNAME}, {@code _INDEX_PREFIX}); the password comes only from {@code CAIRN_OPENSEARCH_PASSWORD}, never
 * from the command line, which other users of the machine can read. {@link #parse} throws
 * {@link IllegalArgumentException} with a message for the user when the arguments are wrong.
 */
record ReindexOptions(Path dataDir, OpenSearchSettings target) {
    static final String USAGE = "java -jar cairn.jar reindex --data-dir DIR --opensearch-url URL "
            + "[--opensearch-username NAME] [--index-prefix cairn] (password in CAIRN_OPENSEARCH_PASSWORD)";

    ReindexOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(target, "target");
    }

    /** Reads {@code reindex --data-dir DIR --opensearch-url URL ...} ({@code args[0]} is the command name). */
    static ReindexOptions parse(String[] args, Map<String, String> env) {
        for (String arg : args) {
            if (arg.equals("--opensearch-password") || arg.startsWith("--opensearch-password=")) {
                throw new IllegalArgumentException("give the password in the environment variable "
                        + "CAIRN_OPENSEARCH_PASSWORD, not on the command line (other users can read it there)");
            }
        }
        Arguments a = Arguments.parseWithOperands(args,
                Set.of("data-dir", "opensearch-url", "opensearch-username", "index-prefix"));
        if (!a.operands().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + a.operands().get(0) + "'");
        }
        Path dataDir = Path.of(a.required("data-dir"));
        String url = a.optional("opensearch-url", env.getOrDefault("CAIRN_OPENSEARCH_URL", ""));
        if (url.isBlank()) {
            throw new IllegalArgumentException("missing --opensearch-url <value> (or CAIRN_OPENSEARCH_URL)");
        }
        String username = a.optional("opensearch-username", env.getOrDefault("CAIRN_OPENSEARCH_USERNAME", ""));
        String prefix = a.optional("index-prefix", env.getOrDefault("CAIRN_OPENSEARCH_INDEX_PREFIX", "cairn"));
        try {
            return new ReindexOptions(dataDir, new OpenSearchSettings(url, username,
                    env.getOrDefault("CAIRN_OPENSEARCH_PASSWORD", ""), prefix));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--opensearch-url or --index-prefix: " + e.getMessage(), e);
        }
    }

    /** Where the embedded deployment keeps its Lucene index. */
    Path indexDir() {
        return dataDir.resolve("index");
    }
}
