package dev.cairn.knowledge;

import java.util.Locale;

/** Byte counts as people read them. */
final class Sizes {
    private Sizes() {
    }

    static String readable(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024)).replace(".0 ", " ");
        }
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0).replace(".0 ", " ");
        }
        return bytes + " bytes";
    }
}
