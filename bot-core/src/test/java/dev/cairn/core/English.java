package dev.cairn.core;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Phrase;

/** Cairn's bundled texts in English and Chinese, for assertions. */
public final class English {
    private English() {
    }

    public static String of(Phrase phrase) {
        return Messages.bundled().text(Language.ENGLISH, phrase);
    }

    public static String of(String key, Object... args) {
        return Messages.bundled().text(Language.ENGLISH, key, args);
    }

    public static String chinese(String key, Object... args) {
        return Messages.bundled().text(Language.CHINESE, key, args);
    }
}
