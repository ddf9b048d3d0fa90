package dev.cairn.app.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/** The command-line tools that run instead of the server: {@code eval} and {@code grounding}. */
public final class Commands {
    private static final Map<String, String> USAGE = Map.of(
            "eval", "java -jar cairn.jar eval --dataset DIR [--split test] [--mode bm25|vector|hybrid] [--model NAME] "
                    + "[--tune: also try fusion settings; use a training split]",
            "grounding", "java -jar cairn.jar grounding [--pages DIR] [--corpus corpus.jsonl [--corpus-limit N]] --questions FILE... [--split tune|test] [--min-score X ...] "
                    + "[--mode bm25|vector|hybrid] [--model NAME] [--verbose] [--dump FILE: every candidate's coverage and cosine]");

    private Commands() {
    }

    public static boolean has(String name) {
        return USAGE.containsKey(name);
    }

    /** Runs the command named by {@code args[0]}; returns the exit code (2 for bad arguments or missing files). */
    public static int run(String[] args) throws IOException {
        String name = args[0];
        try {
            return name.equals("eval") ? EvalCommand.run(args) : GroundingCheck.run(args);
        } catch (IllegalArgumentException | NoSuchFileException e) {
            String reason = e instanceof NoSuchFileException missing
                    ? "no such file: " + missing.getFile() : e.getMessage();
            System.err.println(name + ": " + reason);
            System.err.println("usage: " + USAGE.get(name));
            return 2;
        }
    }
}
