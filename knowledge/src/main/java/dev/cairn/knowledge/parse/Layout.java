package dev.cairn.knowledge.parse;

/** How a format's text is located: by page, slide, sheet, heading path, or not at all. */
enum Layout {
    PAGES,
    SLIDES,
    SHEETS,
    SECTIONS,
    FLAT
}
