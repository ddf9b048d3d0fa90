package dev.cairn.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a passage sits in its document.
 *
 * @param label readable text such as {@code page 3}, {@code Setup › Network} or {@code sheet Leave, rows 12–40};
 *              empty when the document has no structure
 * @param page  the 1-based page number, when the document has pages
 * @param rows  the spreadsheet rows the passage comes from, numbered as the spreadsheet shows them; when present,
 *              the label ends with them
 */
public record Location(String label, OptionalInt page, Optional<Rows> rows) {
    public Location {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(rows, "rows");
        if (page.isPresent() && page.getAsInt() < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page.getAsInt());
        }
        if (rows.isPresent() && !label.equals(rows.get().text()) && !label.endsWith(", " + rows.get().text())) {
            throw new IllegalArgumentException("label must end with the rows (" + rows.get().text() + "), was '"
                    + label + "'");
        }
    }

    /** A location without rows. */
    public Location(String label, OptionalInt page) {
        this(label, page, Optional.empty());
    }

    public static Location page(int page) {
        return new Location("page " + page, OptionalInt.of(page));
    }

    public static Location section(String label) {
        return new Location(label, OptionalInt.empty());
    }

    public static Location none() {
        return new Location("", OptionalInt.empty());
    }

    /**
     * This location narrowed to rows {@code first} to {@code last} of its sheet: {@code sheet Leave} becomes
     * {@code sheet Leave, rows 12–40}, no label becomes {@code rows 12–40}. Replaces rows it already had; throws
     * {@link IllegalArgumentException} for rows below 1 or a range that runs backwards.
     */
    public Location withRows(int first, int last) {
        Rows narrowed = new Rows(first, last);
        String section = withoutRows().label();
        return new Location(section.isEmpty() ? narrowed.text() : section + ", " + narrowed.text(), page,
                Optional.of(narrowed));
    }

    /** This location without its rows: the sheet (or nothing) they are in. */
    public Location withoutRows() {
        if (rows.isEmpty()) {
            return this;
        }
        String text = rows.get().text();
        String section = label.equals(text) ? "" : label.substring(0, label.length() - text.length() - 2);
        return new Location(section, page);
    }

    /**
     * A range of spreadsheet rows, 1-based and inclusive.
     *
     * @param first the first row, 1 or more
     * @param last  the last row, {@code first} or more
     */
    public record Rows(int first, int last) {
        public Rows {
            if (first < 1) {
                throw new IllegalArgumentException("first must be 1 or more, was " + first);
            }
            if (last < first) {
                throw new IllegalArgumentException("last must be first (" + first + ") or more, was " + last);
            }
        }

        /** {@code row 12} or {@code rows 12–40}. */
        public String text() {
            return first == last ? "row " + first : "rows " + first + "\u2013" + last;
        }
    }
}
