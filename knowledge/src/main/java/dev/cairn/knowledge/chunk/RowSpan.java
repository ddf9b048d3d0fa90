package dev.cairn.knowledge.chunk;

import dev.cairn.core.Location;
import java.util.OptionalInt;

/** The spreadsheet rows a passage draws on, from the lowest to the highest seen; empty until a row is added. */
final class RowSpan {
    private int first = Integer.MAX_VALUE;
    private int last;

    void add(OptionalInt row) {
        if (row.isPresent()) {
            first = Math.min(first, row.getAsInt());
            last = Math.max(last, row.getAsInt());
        }
    }

    void add(RowSpan other) {
        if (!other.isEmpty()) {
            first = Math.min(first, other.first);
            last = Math.max(last, other.last);
        }
    }

    boolean isEmpty() {
        return last == 0;
    }

    /** The section narrowed to these rows, or the section itself when there are none. */
    Location narrow(Location section) {
        return isEmpty() ? section : section.withRows(first, last);
    }
}
