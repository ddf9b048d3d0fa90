package dev.cairn.tools.sql;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a small {@code |}-separated text table with padded columns. Internal to the tools module. */
public final class TextTable {
    private static final int MAX_CELL = 200;

    private TextTable() {
    }

    /** The header, a rule, then one line per row; null cells show as NULL, long cells are cut. */
    public static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(header.stream().map(TextTable::cell).toList());
        rows.forEach(row -> lines.add(row.stream().map(TextTable::cell).toList()));
        int[] widths = new int[header.size()];
        for (List<String> line : lines) {
            for (int col = 0; col < widths.length; col++) {
                widths[col] = Math.max(widths[col], line.get(col).length());
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, lines.get(0), widths);
        for (int col = 0; col < widths.length; col++) {
            out.append(col == 0 ? "" : "-+-").append("-".repeat(widths[col]));
        }
        out.append('\n');
        lines.subList(1, lines.size()).forEach(line -> append(out, line, widths));
        return out.toString();
    }

    private static void append(StringBuilder out, List<String> line, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int col = 0; col < widths.length; col++) {
            String cell = line.get(col);
            text.append(col == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[col] - cell.length()));
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }

    private static String cell(String value) {
        if (value == null) {
            return "NULL";
        }
        String flat = value.replaceAll("\\s+", " ");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }
}
