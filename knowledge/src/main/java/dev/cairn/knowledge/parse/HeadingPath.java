package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** The headings above the current point of a document, h1 to h6, rendered as {@code Setup › Network}. */
final class HeadingPath {
    static final String SEPARATOR = " › ";

    private final String[] levels = new String[6];

    /** Records a heading of {@code level} (1–6): it replaces the heading at that level and forgets deeper ones. */
    void enter(int level, String heading) {
        int index = Math.max(1, Math.min(6, level)) - 1;
        levels[index] = heading.isBlank() ? null : heading.strip();
        Arrays.fill(levels, index + 1, levels.length, null);
    }

    /** The section location, or {@link Location#none()} before the first heading. */
    Location location() {
        String label = Arrays.stream(levels).filter(Objects::nonNull).collect(Collectors.joining(SEPARATOR));
        return label.isEmpty() ? Location.none() : Location.section(label);
    }
}
