package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Builds documents from decoded plain text, CSV and Markdown: formats Tika would read as one undivided string. */
final class TextDocuments {
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private final MarkdownParser markdown = new MarkdownParser();

    /** The document for {@code text} of a plain-text {@code format}; throws {@code no_text} when it has none. */
    ParsedDocument read(String name, String mediaType, DocumentFormat format, String text)
            throws UnparsableDocumentException {
        if (format == DocumentFormat.MARKDOWN) {
            return markdown.parse(name, text);
        }
        BlockCollector blocks = new BlockCollector();
        blocks.moveTo(Location.none());
        if (format == DocumentFormat.CSV) {
            addRows(blocks, rows(name, text));
        } else {
            blocks.addParagraphs(text);
        }
        if (blocks.blocks().isEmpty()) {
            throw Failures.noText(name);
        }
        return new ParsedDocument(name, mediaType, 0, blocks.blocks());
    }

    /**
     * One block per row after the first, which names the columns; a lone header row is kept as it is. Each block
     * keeps its row number.
     */
    private static void addRows(BlockCollector blocks, List<CSVRecord> rows) {
        List<String> headers = rows.isEmpty() ? List.of() : rows.get(0).toList();
        if (rows.size() == 1) {
            blocks.addRow(TableText.headersOnly(headers), number(rows.get(0)));
            return;
        }
        for (CSVRecord row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            blocks.addRow(TableText.row(headers, row.toList()), number(row));
        }
    }

    /**
     * The rows of delimited text that have some text (RFC 4180 quoting; comma, semicolon, tab or pipe, whichever the
     * first line uses most). Blank rows are left out but still counted, so rows keep the numbers a spreadsheet would
     * show; a stray quote runs to the end of the text.
     */
    private static List<CSVRecord> rows(String name, String text) throws UnparsableDocumentException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sniffDelimiter(text)).setIgnoreEmptyLines(false)
                .setLenientEof(true).setTrailingData(true).get();
        List<CSVRecord> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord row : parser) {
                if (row.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw Failures.corrupt(name, e);
        }
        return rows;
    }

    private static int number(CSVRecord row) {
        return Math.toIntExact(row.getRecordNumber());
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
}
