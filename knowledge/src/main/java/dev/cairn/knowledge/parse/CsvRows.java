package dev.cairn.knowledge.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (RFC 4180 quoting; comma, semicolon, tab or pipe, whichever the first line uses most) into
 * rows of cells, numbered as a spreadsheet opening the file would number them. Never fails: a stray quote simply
 * runs to the end of the text.
 */
final class CsvRows {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private CsvRows() {
    }

    /** The rows that have some text, in order; blank rows are left out but still counted. */
    static List<Row> parse(String text) {
        char delimiter = sniffDelimiter(text);
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int number = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, ++number, row, cell);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRow(rows, ++number, row, cell);
        return rows;
    }

    private static void endRow(List<Row> rows, int number, List<String> row, StringBuilder cell) {
        row.add(cell.toString());
        cell.setLength(0);
        if (row.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(new Row(number, List.copyOf(row)));
        }
    }

    private static char sniffDelimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char delimiter : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == delimiter).count();
            if (count > bestCount) {
                best = delimiter;
                bestCount = count;
            }
        }
        return best;
    }

    /** A row with some text: its 1-based number (quoted line breaks do not start a new row) and its cells. */
    record Row(int number, List<String> cells) {
    }
}
