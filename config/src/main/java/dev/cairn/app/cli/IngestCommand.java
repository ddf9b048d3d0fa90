package dev.cairn.app.cli;

import dev.cairn.app.cli.KnowledgeApiClient.Result;
import dev.cairn.app.cli.KnowledgeApiClient.Unreachable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code java -jar cairn.jar ingest DIR... [--url URL] [--scope web]}: sends the supported files under the folders to
 * a running Cairn, one per request, skipping those the folder's {@link IngestState} shows it already holds; progress
 * goes to stderr, the summary and the table of rejected files to stdout. Exit code 0 when every file went through, 1
 * when some were rejected, 2 when the server cannot be reached (bad arguments throw for {@link Commands} to report).
 */
final class IngestCommand {
    static final String USAGE = "java -jar cairn.jar ingest DIR... [--url " + IngestOptions.DEFAULT_URL
            + "] [--scope web: the only scope the HTTP API uploads to]";
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final int SAVE_EVERY = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Set<Path> unwritable = new HashSet<>();

    /** One file rejected, by the server or here, and why. */
    record Rejection(String file, String code, String message) {
    }

    private record Candidate(IngestState state, Path file) {
    }

    IngestCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs the command ({@code args[0]} is "ingest"), with {@code CAIRN_API_KEY} read from {@code env}. */
    int run(String[] args, Map<String, String> env) {
        IngestOptions options = IngestOptions.parse(args);
        KnowledgeApiClient client = new KnowledgeApiClient(options.url(),
                Optional.ofNullable(env.get("CAIRN_API_KEY")), REQUEST_TIMEOUT);
        try {
            client.check();
        } catch (Unreachable e) {
            err.println("ingest: " + e.getMessage());
            return 2;
        }
        String target = options.target();
        List<Rejection> rejections = new ArrayList<>();
        List<Candidate> toSend = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        SortedMap<String, Integer> skipped = new TreeMap<>();
        Map<Path, IngestState> states = new LinkedHashMap<>();
        int unchanged = 0;
        for (Path dir : options.dirs()) {
            IngestState state = IngestState.load(dir);
            if (state.unreadable()) {
                err.println("ingest: cannot read " + state.file() + "; sending every file of " + dir + " again");
            }
            states.put(dir, state);
            SupportedFiles.Found found;
            try {
                found = SupportedFiles.under(dir);
            } catch (UncheckedIOException e) {
                err.println("ingest: cannot read the folder " + dir + ": " + e.getCause().getMessage());
                return 2;
            }
            found.skipped().forEach((ext, n) -> skipped.merge(ext, n, Integer::sum));
            for (Path file : found.files()) {
                if (!seen.add(file.toAbsolutePath().normalize())) {
                    continue;
                }
                String name = file.getFileName().toString();
                Path first = byName.putIfAbsent(name, file);
                if (first != null) {
                    rejections.add(new Rejection(file.toString(), "same_name", "Cairn keeps one document per file "
                            + "name, and " + first + " has the same name; rename one of them."));
                    continue;
                }
                if (isUnchanged(state, target, file)) {
                    unchanged++;
                } else {
                    toSend.add(new Candidate(state, file));
                }
            }
        }
        Counts counts = new Counts();
        IngestProgress progress = new IngestProgress(err, terminal, toSend.size(), System::nanoTime);
        progress.start();
        try {
            for (int i = 0; i < toSend.size(); i++) {
                Candidate c = toSend.get(i);
                Result result = client.upload(c.file(), c.file().getFileName().toString());
                counts.add(result);
                if (result.accepted()) {
                    remember(c, target);
                } else {
                    rejections.add(new Rejection(c.file().toString(), result.code(), result.message()));
                }
                progress.fileDone(result.passages(), !result.accepted());
                if ((i + 1) % SAVE_EVERY == 0) {
                    save(states.values());
                }
            }
        } catch (Unreachable e) {
            progress.finish();
            save(states.values());
            err.println("ingest: " + e.getMessage());
            return 2;
        }
        progress.finish();
        save(states.values());
        new IngestSummary(out).print(options, counts.sent, counts.indexed, counts.duplicate, counts.passages,
                unchanged, skipped, rejections);
        return rejections.isEmpty() ? 0 : 1;
    }

    private boolean isUnchanged(IngestState state, String target, Path file) {
        try {
            return state.unchanged(target, file);
        } catch (IOException e) {
            return false;
        }
    }

    private void remember(Candidate c, String target) {
        try {
            c.state().remember(target, c.file());
        } catch (IOException e) {
            err.println("ingest: cannot read " + c.file() + " again to remember it (" + e.getMessage()
                    + "); it will be sent again next time");
        }
    }

    private void save(Iterable<IngestState> states) {
        for (IngestState state : states) {
            try {
                state.save();
            } catch (IOException | RuntimeException e) {
                if (!unwritable.add(state.file())) {
                    continue;
                }
                err.println("ingest: cannot write " + state.file() + " (" + e.getMessage()
                        + "); the next run will send these files again");
            }
        }
    }

    /** What the server said about the files sent. */
    private static final class Counts {
        int sent;
        int indexed;
        int duplicate;
        int passages;

        void add(Result result) {
            sent++;
            passages += result.passages();
            indexed += result.status().equals("indexed") ? 1 : 0;
            duplicate += result.status().equals("duplicate") ? 1 : 0;
        }
    }
}
