package dev.cairn.app.cli;

import dev.cairn.app.cli.IngestCommand.Rejection;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** Prints the end of an ingest run: what was sent, what was left alone, and a table of rejected files and why. */
final class IngestSummary {
    private static final int MAX_MESSAGE = 160;
    private final PrintStream out;

    IngestSummary(PrintStream out) {
        this.out = out;
    }

    void print(IngestOptions options, int sent, int indexed, int duplicate, int passages, int unchanged,
               SortedMap<String, Integer> skipped, List<Rejection> rejections) {
        out.printf(Locale.ROOT, "Cairn at %s, scope %s%n", options.url(), options.scope());
        out.printf(Locale.ROOT, "  sent       %d (%d indexed, %d duplicate, %d rejected; %d passages)%n", sent,
                indexed, duplicate, sent - indexed - duplicate, passages);
        out.printf(Locale.ROOT, "  unchanged  %d (already in Cairn, not sent again)%n", unchanged);
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "  skipped    %d%s%n", skippedCount, skippedCount == 0 ? ""
                : " of types Cairn does not read (" + skipped.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")");
        if (rejections.isEmpty()) {
            return;
        }
        out.println();
        out.println("Rejected:");
        int fileWidth = Math.max(4, rejections.stream().mapToInt(r -> r.file().length()).max().orElse(0));
        int codeWidth = Math.max(4, rejections.stream().mapToInt(r -> r.code().length()).max().orElse(0));
        String row = "  %-" + fileWidth + "s  %-" + codeWidth + "s  %s%n";
        out.printf(Locale.ROOT, row, "FILE", "CODE", "MESSAGE");
        for (Rejection r : rejections) {
            out.printf(Locale.ROOT, row, r.file(), r.code(), oneLine(r.message()));
        }
    }

    private static String oneLine(String message) {
        String flat = message.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
