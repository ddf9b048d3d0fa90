package dev.cairn.core.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Cairn's own texts in every {@link Language}, from the bundles {@code dev/cairn/core/i18n/messages*.properties}
 * (UTF-8). A text is a {@link MessageFormat} pattern: {@code {0}} is its first argument, {@code ''} an apostrophe.
 */
public final class Messages {
    static final String BUNDLE = "dev.cairn.core.i18n.messages";
    private static final Messages BUNDLED = new Messages();
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    private Messages() {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), control));
        }
    }

    /** The texts shipped with Cairn. */
    public static Messages bundled() {
        return BUNDLED;
    }

    /** The text of {@code phrase} in {@code language}; a phrase among its arguments is said in the same language. */
    public String text(Language language, Phrase phrase) {
        String pattern;
        try {
            pattern = bundles.get(language).getString(phrase.key());
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text has the key " + phrase.key(), e);
        }
        List<Object> args = phrase.args();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i) instanceof Phrase inner ? text(language, inner) : args.get(i);
        }
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    /** As {@link #text(Language, Phrase)} for {@code Phrase.of(key, args)}. */
    public String text(Language language, String key, Object... args) {
        return text(language, Phrase.of(key, args));
    }
}
