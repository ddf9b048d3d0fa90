package dev.cairn.knowledge.parse;

import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Counts what one parse extracts and stops it once a file yields more than a limit (zip bombs, giant dumps, page trees
 * that claim a hundred thousand pages, million-cell sheets), or once it has been cancelled because it ran out of
 * time. Its checks throw through the SAX chain as Tika's own write-limit exception, the one its parsers let through
 * rather than note and carry on (the PDF parser notes any other per page and goes on to the next).
 */
final class TextBudget {
    /** Pages, slides or sheets read from one file at most. */
    static final int MAX_UNITS = 10_000;
    /** Table cells (spreadsheet cells included) read from one file at most. */
    static final int MAX_CELLS = 200_000;

    private final long limit;
    private long spent;
    private long cells;
    private volatile boolean cancelled;

    TextBudget(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    /** Records {@code chars} more characters; throws {@link Exceeded} when the total passes the limit. */
    void spend(long chars) throws Exceeded, Cancelled {
        check();
        spent += chars;
        if (spent > limit) {
            throw new Exceeded(limit, "characters of text", "characters");
        }
    }

    /** Records that the parse entered its {@code count}-th page (slide, sheet), named {@code units}. */
    void unit(int count, String units) throws Exceeded {
        if (count > MAX_UNITS) {
            throw new Exceeded(MAX_UNITS, units, units);
        }
    }

    /** Records one more table cell. */
    void cell() throws Exceeded {
        if (++cells > MAX_CELLS) {
            throw new Exceeded(MAX_CELLS, "table cells", "cells");
        }
    }

    /** Throws {@link Cancelled} once {@link #cancel} was called, from any thread. */
    void check() throws Cancelled {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    /** Makes the parse using this budget stop at its next check. */
    void cancel() {
        cancelled = true;
    }

    /** The file holds more of something than Cairn reads from one file. */
    static final class Exceeded extends WriteLimitReachedException {
        private final long limit;
        private final String what;
        private final String kind;

        Exceeded(long limit, String what, String kind) {
            super((int) Math.min(limit, Integer.MAX_VALUE));
            this.limit = limit;
            this.what = what;
            this.kind = kind;
        }

        @Override
        public String getMessage() {
            return "more than " + limit + " " + what;
        }

        long limit() {
            return limit;
        }

        /** What was counted, in the plural: "characters of text", "pages", "table cells". */
        String what() {
            return what;
        }

        /** Which budget it passed: {@code characters}, {@code pages}, {@code slides}, {@code sheets} or {@code cells}. */
        String kind() {
            return kind;
        }
    }

    /** The parse was cancelled, because whoever waited for it stopped waiting. */
    static final class Cancelled extends WriteLimitReachedException {
        Cancelled() {
            super(0);
        }

        @Override
        public String getMessage() {
            return "cancelled";
        }
    }
}
