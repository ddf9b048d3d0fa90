package dev.cairn.knowledge.parse;

import java.util.Set;

/**
 * What an element of Tika's XHTML output means for block building. Tika 3.3.1 marks a PDF page as
 * {@code <div class="page">}, an XLSX sheet as {@code <div class="sheet">} (XLS: {@code "page"}) whose {@code <h1>}
 * holds the sheet name, a PPTX slide as {@code <div class="slide-content">} followed by {@code "slide-notes"}.
 */
enum ElementRole {
    /** Ignored with everything inside: the head, scripts, slide masters, embedded-file placeholders. */
    SKIP,
    /** Starts a page, slide or sheet. */
    UNIT,
    /** A slide's speaker notes. */
    NOTES,
    HEADING,
    TABLE,
    ROW,
    CELL,
    PRE,
    BREAK,
    /** Ends the paragraph before it and starts a new one. */
    BLOCK,
    INLINE;

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");
    private static final Set<String> SKIPPED_CLASSES = Set.of("slide-master-content", "embedded");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "address",
            "form", "fieldset", "caption", "hr", "body");

    /**
     * The role of element {@code name} with CSS class {@code cssClass} (may be null). Inside a heading or a table,
     * headings, tables and preformatted text are only block boundaries.
     */
    static ElementRole of(Layout layout, String name, String cssClass, boolean inHeadingOrTable) {
        if (SKIPPED.contains(name) || cssClass != null && SKIPPED_CLASSES.contains(cssClass)) {
            return SKIP;
        }
        if (name.equals("div") && cssClass != null) {
            if (isUnit(layout, cssClass)) {
                return UNIT;
            }
            if (layout == Layout.SLIDES && cssClass.equals("slide-notes")) {
                return NOTES;
            }
        }
        return switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> inHeadingOrTable ? BLOCK : HEADING;
            case "table" -> TABLE;
            case "tr" -> ROW;
            case "td", "th" -> CELL;
            case "pre" -> inHeadingOrTable ? BLOCK : PRE;
            case "br" -> BREAK;
            default -> BLOCKS.contains(name) ? BLOCK : INLINE;
        };
    }

    private static boolean isUnit(Layout layout, String cssClass) {
        return switch (layout) {
            case PAGES -> cssClass.equals("page");
            case SLIDES -> cssClass.equals("slide-content");
            case SHEETS -> cssClass.equals("sheet") || cssClass.equals("page");
            case SECTIONS, FLAT -> false;
        };
    }
}
