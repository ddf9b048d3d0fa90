package dev.cairn.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The progress of a command that works through files on stderr ({@code ingest}: files done of total, passages
 * indexed, files rejected; {@code reindex}: documents copied of total and their passages). On a terminal one line is
 * redrawn in place with {@code \r}; otherwise (a log, a pipe) a plain line, prefixed with the command's name, is
 * written at most every {@link #PLAIN_INTERVAL_NANOS} and once at the end.
 */
final class IngestProgress {
    static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 24;
    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier nanoTime;
    private final String command;
    private final String unit;
    private final boolean countsRejected;
    private int done;
    private int passages;
    private int rejected;
    private long lastPrinted;
    private int lastWidth;
    private String lastPlain = "";

    IngestProgress(PrintStream err, boolean terminal, int total, LongSupplier nanoTime) {
        this(err, terminal, total, nanoTime, "ingest", "files", true);
    }

    /**
     * @param command        the prefix of plain lines
     * @param unit           what is counted, e.g. "documents"
     * @param countsRejected whether the line ends with the number rejected
     */
    IngestProgress(PrintStream err, boolean terminal, int total, LongSupplier nanoTime, String command, String unit,
                   boolean countsRejected) {
        this.command = Objects.requireNonNull(command, "command");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.countsRejected = countsRejected;
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
        this.total = total;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.lastPrinted = nanoTime.getAsLong();
    }

    /** Draws the empty bar on a terminal (nothing in plain mode, where only progress is worth a line). */
    void start() {
        if (terminal && total > 0) {
            draw();
        }
    }

    /** Counts one file sent: the passages it added and whether it was rejected. */
    void fileDone(int filePassages, boolean fileRejected) {
        done++;
        passages += filePassages;
        rejected += fileRejected ? 1 : 0;
        if (terminal) {
            draw();
        } else if (nanoTime.getAsLong() - lastPrinted >= PLAIN_INTERVAL_NANOS) {
            plain();
            lastPrinted = nanoTime.getAsLong();
        }
    }

    /** Ends the bar's line on a terminal, or writes the last plain line. */
    void finish() {
        if (total == 0) {
            return;
        }
        if (terminal) {
            err.println();
        } else if (!lastPlain.equals(counts())) {
            plain();
        }
        err.flush();
    }

    /** "12/40 files, 310 passages, 1 rejected" (without the last part when rejections are not counted). */
    String counts() {
        String counts = String.format(Locale.ROOT, "%d/%d %s, %d passages", done, total, unit, passages);
        return countsRejected ? counts + String.format(Locale.ROOT, ", %d rejected", rejected) : counts;
    }

    private void plain() {
        lastPlain = counts();
        err.println(command + ": " + lastPlain);
    }

    private void draw() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + counts();
        err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        err.flush();
        lastWidth = line.length();
    }
}
