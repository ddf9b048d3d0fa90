package dev.cairn.knowledge.parse;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Phrase;
import java.util.Objects;

/**
 * A file whose text cannot be read. {@code code} is one of {@code unsupported_type}, {@code encrypted},
 * {@code corrupt}, {@code no_text}, {@code too_large}, {@code too_complex} (too slow or too deeply nested to read),
 * {@code unreadable} (interrupted); the reason is one sentence for a person, naming the file.
 */
public class UnparsableDocumentException extends Exception {
    private final String code;
    private final Phrase reason;

    /** @param reason one sentence for a person, naming the file; the exception's message is its English text */
    public UnparsableDocumentException(String code, Phrase reason, Throwable cause) {
        super(Messages.bundled().text(Language.ENGLISH, reason), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.reason = reason;
    }

    public UnparsableDocumentException(String code, Phrase reason) {
        this(code, reason, null);
    }

    public String code() {
        return code;
    }

    /** Why, for a person, in their language. */
    public Phrase reason() {
        return reason;
    }
}
