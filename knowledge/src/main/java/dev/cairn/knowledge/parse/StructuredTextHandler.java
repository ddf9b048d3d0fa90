package dev.cairn.knowledge.parse;

import dev.cairn.core.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into located blocks: one per paragraph, list item or table row, stamped with the page,
 * slide, sheet or heading path they sit in. Throws {@link TextBudget.Exceeded} when the text, the pages or the table
 * cells pass the budget, and {@link TextBudget.Cancelled} once the budget is cancelled.
 */
final class StructuredTextHandler extends DefaultHandler {
    /** What Tika writes for an empty slide-number placeholder on notes pages. */
    private static final String SLIDE_NUMBER_FIELD = "‹#›";

    private final Layout layout;
    private final TextBudget budget;
    private final RowNumbers rowNumbers;
    private final BlockCollector out = new BlockCollector();
    private final HeadingPath headings = new HeadingPath();
    private final Deque<ElementRole> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private StringBuilder heading;
    private TableBuilder table;
    private int tableDepth;
    private int skipDepth;
    private int units;
    private boolean awaitingSheetName;

    /** @param rowNumbers numbers a sheet's table rows; only read for the sheets layout */
    StructuredTextHandler(Layout layout, TextBudget budget, RowNumbers rowNumbers) {
        this.layout = layout;
        this.budget = budget;
        this.rowNumbers = rowNumbers;
    }

    List<Block> blocks() {
        return out.blocks();
    }

    /** Pages, slides or sheets seen; 0 for other layouts. */
    int units() {
        return units;
    }

    @Override
    public void startElement(String uri, String name, String qName, Attributes atts) throws SAXException {
        budget.check();
        ElementRole role = skipDepth > 0 ? ElementRole.SKIP
                : ElementRole.of(layout, name, atts.getValue("class"), heading != null || table != null);
        if (role == ElementRole.SKIP) {
            skipDepth++;
            return;
        }
        open.push(role);
        switch (role) {
            case UNIT -> enterUnit();
            case NOTES, PRE -> flush();
            case HEADING -> {
                flush();
                heading = new StringBuilder();
            }
            case TABLE -> {
                if (tableDepth++ == 0) {
                    flush();
                    table = new TableBuilder();
                } else {
                    separate(" ");
                }
            }
            case ROW -> {
                if (tableDepth == 1) {
                    table.startRow();
                } else {
                    blockBoundary();
                }
            }
            case CELL -> {
                budget.cell();
                if (tableDepth == 1) {
                    table.startCell();
                } else {
                    blockBoundary();
                }
            }
            case BREAK -> separate("\n");
            case BLOCK -> blockBoundary();
            case INLINE, SKIP -> { }
        }
    }

    @Override
    public void endElement(String uri, String name, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        switch (open.pop()) {
            case UNIT -> {
                flush();
                if (layout != Layout.SLIDES) { // a slide's notes follow its content and belong to it
                    out.moveTo(Location.none());
                }
            }
            case NOTES -> flush();
            case HEADING -> leaveHeading(name.charAt(1) - '0');
            case TABLE -> {
                if (--tableDepth == 0) {
                    table.finish().ifPresent(this::addTableRow);
                    table = null;
                }
            }
            case ROW -> {
                if (tableDepth == 1) {
                    table.endRow().ifPresent(this::addTableRow);
                } else {
                    blockBoundary();
                }
            }
            case CELL -> {
                if (tableDepth == 1) {
                    table.endCell();
                } else {
                    blockBoundary();
                }
            }
            case PRE -> {
                out.addPreformatted(text);
                text.setLength(0);
            }
            case BLOCK -> blockBoundary();
            case BREAK, INLINE, SKIP -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth == 0) {
            budget.spend(length);
            StringBuilder target = target();
            if (target != null) {
                target.append(ch, start, length);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length); // PDF line breaks arrive here
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void enterUnit() throws TextBudget.Exceeded {
        flush();
        units++;
        budget.unit(units, switch (layout) {
            case PAGES -> "pages";
            case SLIDES -> "slides";
            default -> "sheets";
        });
        switch (layout) {
            case PAGES -> out.moveTo(Location.page(units));
            case SLIDES -> out.moveTo(new Location("slide " + units, OptionalInt.of(units)));
            default -> {
                out.moveTo(Location.section("sheet " + units)); // until the sheet's <h1> names it
                awaitingSheetName = true;
            }
        }
    }

    private void leaveHeading(int level) {
        String title = Paragraphs.collapse(heading);
        heading = null;
        if (awaitingSheetName) {
            awaitingSheetName = false;
            if (!title.isEmpty()) {
                out.moveTo(Location.section("sheet " + title));
            }
        } else if (layout == Layout.SECTIONS) {
            headings.enter(level, title);
            out.moveTo(headings.location());
        } else {
            out.addLine(title);
        }
    }

    /** A sheet's rows keep the numbers the spreadsheet shows, when they are known. */
    private void addTableRow(TableBuilder.Row row) {
        OptionalInt number = layout == Layout.SHEETS ? rowNumbers.of(units, row.number()) : OptionalInt.empty();
        if (number.isPresent()) {
            out.addRow(row.text(), number.getAsInt());
        } else {
            out.addLine(row.text());
        }
    }

    /** Inside a heading or a table cell a block boundary is only a space; elsewhere it ends the paragraph. */
    private void blockBoundary() {
        if (heading != null || table != null) {
            separate(" ");
        } else {
            flush();
        }
    }

    private void separate(String separator) {
        StringBuilder target = target();
        if (target != null) {
            target.append(separator);
        }
    }

    private StringBuilder target() {
        if (heading != null) {
            return heading;
        }
        return table != null ? table.cellText().orElse(null) : text;
    }

    private void flush() {
        if (text.length() > 0 && !SLIDE_NUMBER_FIELD.equals(text.toString().strip())) {
            out.addParagraphs(text);
        }
        text.setLength(0);
    }
}
