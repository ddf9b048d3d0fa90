package dev.cairn.knowledge.parse;

import java.util.ArrayList;
import java.util.List;

/** Renders a table row as one line, {@code Header: value; Header: value}, so a row reads on its own in a passage. */
final class TableText {
    private TableText() {
    }

    /**
     * The row's non-blank cells, each prefixed with its column's header when there is one; empty when every cell is
     * blank.
     */
    static String row(List<String> headers, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = Paragraphs.collapse(cells.get(i));
            if (value.isEmpty()) {
                continue;
            }
            String header = i < headers.size() ? Paragraphs.collapse(headers.get(i)) : "";
            parts.add(header.isEmpty() ? value : header + ": " + value);
        }
        return String.join("; ", parts);
    }

    /** A header row shown alone, for a table that has no data rows. */
    static String headersOnly(List<String> headers) {
        return row(List.of(), headers);
    }
}
