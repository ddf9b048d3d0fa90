package dev.cairn.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a passage sits in its document.
 *
 * @param label readable text such as {@code page 3} or {@code Setup › Network}; empty when the document has no structure
 * @param page  the 1-based page number, when the document has pages
 */
public record Location(String label, OptionalInt page) {
    public Location {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(page, "page");
        if (page.isPresent() && page.getAsInt() < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page.getAsInt());
        }
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
}
