package dev.cairn.knowledge;

/**
 * Makes an uploaded file name safe to show and to store as a document's name: the last part of any path only (no
 * {@code ../}), control and direction-changing characters replaced by {@code _}, at most {@value #MAX_LENGTH}
 * characters with the extension kept. Never fails: a name with nothing left becomes {@code upload}.
 */
public final class FileNames {
    /** The longest name kept, in characters (code points). */
    public static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 16;
    private static final String FALLBACK = "upload";

    private FileNames() {
    }

    /** The safe form of {@code name}. */
    public static String clean(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder(last.length());
        last.codePoints().forEach(c -> safe.appendCodePoint(isUnsafe(c) ? '_' : c));
        String cleaned = safe.toString().strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.' || c == '_')) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    private static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0xFFFD;
    }

    /** {@code name} cut to {@link #MAX_LENGTH} characters, keeping a short extension after an ellipsis. */
    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION && name.indexOf(' ', dot) < 0
                ? name.substring(dot) : "";
        int keep = MAX_LENGTH - 1 - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)).strip() + "…" + extension;
    }
}
