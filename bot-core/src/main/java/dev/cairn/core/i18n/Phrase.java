package dev.cairn.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something Cairn will say, not yet in a language: a key of its message bundles and the values put into the text.
 *
 * @param key  a key of {@code messages.properties}
 * @param args the values of the text's {@code {0}}, {@code {1}}… (text, numbers or other phrases)
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a phrase needs a key");
        }
        args = List.copyOf(Objects.requireNonNull(args, "args"));
        for (Object arg : args) {
            if (!(arg instanceof CharSequence || arg instanceof Number || arg instanceof Phrase)) {
                throw new IllegalArgumentException("phrase " + key + ": an argument must be text, a number or a "
                        + "phrase, was " + arg.getClass().getName());
            }
        }
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }
}
