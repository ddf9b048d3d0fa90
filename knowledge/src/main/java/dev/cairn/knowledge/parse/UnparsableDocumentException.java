package dev.cairn.knowledge.parse;

import java.util.Objects;

/**
 * A file whose text cannot be read. {@code code} is one of {@code unsupported_type}, {@code encrypted},
 * {@code corrupt}, {@code no_text}, {@code too_large}, {@code too_complex} (too slow or too deeply nested to read),
 * {@code unreadable} (interrupted); the message is one sentence for a person, naming the file.
 */
public class UnparsableDocumentException extends Exception {
    private final String code;

    public UnparsableDocumentException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public UnparsableDocumentException(String code, String message) {
        this(code, message, null);
    }

    public String code() {
        return code;
    }
}
