package dev.cairn.knowledge.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects one table's cells row by row; the first non-empty row becomes the headers of the rows after it. Rows are
 * numbered from 1 in the order they arrive, empty ones included.
 */
final class TableBuilder {
    private final List<String> cells = new ArrayList<>();
    private List<String> headers;
    private int rowNumber;
    private int headerRow;
    private StringBuilder cell;
    private boolean hasDataRows;

    void startRow() {
        rowNumber++;
        cells.clear();
        cell = null;
    }

    void startCell() {
        cell = new StringBuilder();
    }

    /** Where text goes while inside a cell; empty between cells, where Tika only sends layout whitespace. */
    Optional<StringBuilder> cellText() {
        return Optional.ofNullable(cell);
    }

    void endCell() {
        if (cell != null) {
            cells.add(Paragraphs.collapse(cell));
            cell = null;
        }
    }

    /** The finished row as text, or empty for the header row and for rows with no text. */
    Optional<Row> endRow() {
        endCell();
        if (cells.stream().allMatch(String::isEmpty)) {
            return Optional.empty();
        }
        if (headers == null) {
            headers = List.copyOf(cells);
            headerRow = rowNumber;
            return Optional.empty();
        }
        hasDataRows = true;
        return Optional.of(new Row(rowNumber, TableText.row(headers, cells)));
    }

    /** The header row on its own when the table had nothing else, so that its text is not lost. */
    Optional<Row> finish() {
        return headers != null && !hasDataRows
                ? Optional.of(new Row(headerRow, TableText.headersOnly(headers))) : Optional.empty();
    }

    /** A row read as one line, with its 1-based number in the table. */
    record Row(int number, String text) {
    }
}
