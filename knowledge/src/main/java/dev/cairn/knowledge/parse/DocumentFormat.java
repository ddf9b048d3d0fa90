package dev.cairn.knowledge.parse;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The formats Cairn reads, recognised from the media type Tika detects, and how each one's text is located. */
enum DocumentFormat {
    PDF(Layout.PAGES, "application/pdf"),
    WORD(Layout.SECTIONS, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/msword"),
    PRESENTATION(Layout.SLIDES, "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12"),
    SPREADSHEET(Layout.SHEETS, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel.sheet.macroenabled.12", "application/vnd.ms-excel"),
    HTML(Layout.SECTIONS, "text/html", "application/xhtml+xml"),
    EMAIL(Layout.FLAT, "message/rfc822"),
    MARKDOWN(Layout.SECTIONS, "text/markdown", "text/x-web-markdown", "text/x-markdown"),
    CSV(Layout.FLAT, "text/csv", "text/tab-separated-values"),
    TEXT(Layout.FLAT, "text/plain");

    /** Types that say only "some container" or "some bytes": the file name decides then. */
    private static final Set<MediaType> GENERIC = Set.of(MediaType.OCTET_STREAM, MediaType.APPLICATION_ZIP,
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"));
    /** What Tika detects for an OOXML file saved with a password. */
    static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

    private final Layout layout;
    private final Set<MediaType> types;

    DocumentFormat(Layout layout, String... types) {
        this.layout = layout;
        this.types = Arrays.stream(types).map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
    }

    Layout layout() {
        return layout;
    }

    /** Whether Cairn parses this format itself rather than through Tika's parsers. */
    boolean isPlainText() {
        return this == MARKDOWN || this == CSV || this == TEXT;
    }

    /** The format of a file of media type {@code type}; empty when Cairn does not read it. */
    static Optional<DocumentFormat> of(MediaType type, MediaTypeRegistry registry) {
        MediaType base = registry.normalize(type.getBaseType());
        for (DocumentFormat format : values()) {
            if (format.types.contains(base)) {
                return Optional.of(format);
            }
        }
        boolean textual = base.getType().equals("text") && registry.isSpecializationOf(base, MediaType.TEXT_PLAIN);
        return textual ? Optional.of(TEXT) : Optional.empty();
    }

    /** Whether {@code type} names no particular format, so that the file name's type should be used instead. */
    static boolean isGeneric(MediaType type) {
        return GENERIC.contains(type.getBaseType());
    }
}
