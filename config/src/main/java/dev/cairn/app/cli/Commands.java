package dev.cairn.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command-line tools that run instead of the server ({@code ingest}, {@code reindex}, {@code eval},
 * {@code grounding}, {@code help}, {@code --version}); a first argument that is a Spring setting ({@code --name=value}) starts the server instead.
 */
public final class Commands {
    private static final Map<String, String[]> COMMANDS = new LinkedHashMap<>();
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final Set<String> VERSION = Set.of("version", "--version");
    /** Spring Boot's switches that take no value. */
    private static final Set<String> SPRING_SWITCHES = Set.of("--debug", "--trace");

    static {
        COMMANDS.put("ingest", new String[] {"send the supported files under folders to a running Cairn (only the "
                + "new and changed ones on later runs)", IngestCommand.USAGE});
        COMMANDS.put("reindex", new String[] {"copy an embedded deployment's documents into OpenSearch (stop "
                + "that Cairn first; safe to run again)", ReindexOptions.USAGE});
        COMMANDS.put("eval", new String[] {"measure retrieval on a BEIR dataset",
                "java -jar cairn.jar eval --dataset DIR [--split test] [--mode bm25|vector|hybrid] [--model NAME] "
                        + "[--tune: also try fusion settings; use a training split]"});
        COMMANDS.put("grounding", new String[] {"check which questions the pages can answer",
                "java -jar cairn.jar grounding [--pages DIR] [--corpus corpus.jsonl [--corpus-limit N]] "
                        + "--questions FILE... [--split tune|test] [--min-score X ...] "
                        + "[--mode bm25|vector|hybrid] [--model NAME] [--verbose] "
                        + "[--dump FILE: every candidate's coverage and cosine] "
                        + "[--index DIR: keep the index there; index only when it is empty]"});
        COMMANDS.put("train-answerability", new String[] {"fit the answerability weights on questions made from the "
                + "pages themselves", TrainAnswerabilityCommand.USAGE});
    }

    private Commands() {
    }

    /** Whether these arguments name a command, rather than settings for the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !isSetting(args[0]);
    }

    /** {@code --name=value} (any Spring property) or one of Spring Boot's switches {@code --debug}, {@code --trace}. */
    static boolean isSetting(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2 || SPRING_SWITCHES.contains(arg);
    }

    /** Runs the command named by {@code args[0]} with the process's streams and environment; returns the exit code. */
    public static int run(String[] args) throws IOException {
        return run(args, System.out, System.err, System.getenv(), System.console() != null);
    }

    /**
     * Runs the command named by {@code args[0]}: 0 when it succeeded (or for help and version), 1 when some of its
     * work failed (ingest: files rejected; reindex: a write failed part-way), 2 for an unknown command, bad
     * arguments, missing files, a data directory in use or an unreachable server, with the reason and the usage on
     * {@code err}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal)
            throws IOException {
        String name = args[0];
        if (HELP.contains(name)) {
            out.print(usage());
            return 0;
        }
        if (VERSION.contains(name)) {
            out.println("cairn " + Version.current());
            return 0;
        }
        if (!COMMANDS.containsKey(name)) {
            err.println("unknown command '" + name + "'");
            err.print(usage());
            return 2;
        }
        try {
            return switch (name) {
                case "ingest" -> new IngestCommand(out, err, terminal).run(args, env);
                case "reindex" -> new ReindexCommand(out, err, terminal, System::nanoTime).run(args, env);
                case "eval" -> EvalCommand.run(args);
                case "train-answerability" -> TrainAnswerabilityCommand.run(args, out);
                default -> GroundingCheck.run(args);
            };
        } catch (IllegalArgumentException | NoSuchFileException e) {
            String reason = e instanceof NoSuchFileException missing
                    ? "no such file: " + missing.getFile() : e.getMessage();
            err.println(name + ": " + reason);
            err.println("usage: " + COMMANDS.get(name)[1]);
            return 2;
        }
    }

    /** The text {@code --help} prints: how to start the server and every command with its usage. */
    static String usage() {
        StringBuilder text = new StringBuilder("Cairn " + Version.current() + "\n\n")
                .append("usage: java -jar cairn.jar [--NAME=VALUE ...]   start the server; settings as in the README,\n")
                .append("                                                e.g. --server.port=9090 --cairn.data-dir=/srv/cairn\n")
                .append("       java -jar cairn.jar COMMAND [OPTIONS]\n\ncommands:\n");
        COMMANDS.forEach((name, help) -> text.append(String.format("  %-10s %s%n  %-10s %s%n", name, help[0], "",
                help[1])));
        text.append(String.format("  %-10s %s%n", "help", "print this text (also --help, -h)"))
                .append(String.format("  %-10s %s%n", "--version", "print the version (also version)"));
        return text.toString();
    }
}
