package dev.cairn.core.i18n;

import java.util.Optional;

/**
 * The language a text is written in, by its letters: Chinese when Han characters outweigh Latin letters, English when
 * Latin letters do. A Han character weighs {@value #HAN_WEIGHT} Latin letters, as one carries about as much as three
 * letters of an English word (English words average nearly five letters, Chinese words under two characters), so
 * that "Kubernetes 集群怎么扩容" is Chinese and "How do I file 报销?" is English.
 */
public final class TextLanguage {
    static final int HAN_WEIGHT = 3;

    private TextLanguage() {
    }

    /** The language of {@code text}; empty when it has no letters of either script, or as many of each. */
    public static Optional<Language> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        long han = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        long weighed = han * HAN_WEIGHT;
        if (weighed == latin) {
            return Optional.empty();
        }
        return Optional.of(weighed > latin ? Language.CHINESE : Language.ENGLISH);
    }
}
