package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.List;

/** Builds documents from decoded plain text, CSV and Markdown: formats Tika would read as one undivided string. */
final class TextDocuments {
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
            addRows(blocks, CsvRows.parse(text));
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
    private static void addRows(BlockCollector blocks, List<CsvRows.Row> rows) {
        if (rows.size() == 1) {
            blocks.addRow(TableText.headersOnly(rows.get(0).cells()), rows.get(0).number());
            return;
        }
        for (CsvRows.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            blocks.addRow(TableText.row(rows.get(0).cells(), row.cells()), row.number());
        }
    }
}
