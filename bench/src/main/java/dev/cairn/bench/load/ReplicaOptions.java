package dev.cairn.bench.load;

import dev.cairn.bench.BenchInputs;
import java.util.Arrays;
import java.util.List;

/**
 * The load bench's cluster mode options: how many Cairn replicas share one OpenSearch and one PostgreSQL, and the
 * closed-loop crowd that asks them (each asker sends {@code rounds} web questions one after the other). Passwords are
 * never options: the children inherit {@code CAIRN_DATABASE_PASSWORD} and {@code CAIRN_OPENSEARCH_PASSWORD} (and
 * {@code CAIRN_DATABASE_USERNAME} when {@code --database-username} is not given) from the environment.
 *
 * @param databaseUsername the database user, empty to leave it to the environment
 */
record ReplicaOptions(int replicas, String openSearchUrl, String databaseUrl, String databaseUsername, int askers,
                      int rounds, long modelDelayMillis, List<String> jvm) {
    ReplicaOptions {
        if (replicas < 2) {
            throw new IllegalArgumentException("--replicas must be 2 or more, not " + replicas);
        }
        if (openSearchUrl.isBlank() || !openSearchUrl.startsWith("http")) {
            throw new IllegalArgumentException("--opensearch-url must be the cluster's HTTP address, e.g. "
                    + "http://127.0.0.1:9200, not '" + openSearchUrl + "'");
        }
        if (!databaseUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--database-url must be a JDBC URL, e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/cairn, not '" + databaseUrl + "'");
        }
        if (askers < 1 || rounds < 1) {
            throw new IllegalArgumentException("--askers and --rounds must be positive, not " + askers + " and "
                    + rounds);
        }
        if (modelDelayMillis < 0) {
            throw new IllegalArgumentException("--model-delay-ms must not be negative, not " + modelDelayMillis);
        }
        jvm = List.copyOf(jvm);
    }

    /** True when {@code args} ask for more than one replica. */
    static boolean requested(String[] args) {
        return Integer.parseInt(BenchInputs.option(args, "--replicas", "1")) > 1;
    }

    static ReplicaOptions parse(String[] args) {
        return new ReplicaOptions(Integer.parseInt(BenchInputs.option(args, "--replicas", "2")),
                BenchInputs.option(args, "--opensearch-url", ""), BenchInputs.option(args, "--database-url", ""),
                BenchInputs.option(args, "--database-username", ""),
                Integer.parseInt(BenchInputs.option(args, "--askers", "50")),
                Integer.parseInt(BenchInputs.option(args, "--rounds", "10")),
                Long.parseLong(BenchInputs.option(args, "--model-delay-ms", "2000")),
                Arrays.stream(BenchInputs.option(args, "--jvm", "").split("\\s+")).filter(s -> !s.isBlank()).toList());
    }

    /** The Spring arguments that point a replica at the shared stores. */
    List<String> storeArguments(String indexPrefix) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--cairn.knowledge.store=opensearch",
                "--cairn.opensearch.url=" + openSearchUrl, "--cairn.opensearch.index-prefix=" + indexPrefix,
                "--cairn.database.url=" + databaseUrl));
        if (!databaseUsername.isBlank()) {
            arguments.add("--cairn.database.username=" + databaseUsername);
        }
        return List.copyOf(arguments);
    }

    /** A letter per replica for the report: A, B, C, … */
    static String name(int replica) {
        return String.valueOf((char) ('A' + replica));
    }
}
