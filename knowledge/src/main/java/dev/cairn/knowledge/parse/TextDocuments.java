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

    /** One block per row after the first, which names the columns; a lone header row is kept as it is. */
    private static void addRows(BlockCollector blocks, List<List<String>> rows) {
        if (rows.size() == 1) {
            blocks.addLine(TableText.headersOnly(rows.get(0)));
            return;
        }
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            blocks.addLine(TableText.row(rows.get(0), row));
        }
    }
}
