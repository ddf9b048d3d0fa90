package dev.cairn.core.port;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Phrase;
import java.util.Objects;

/**
 * Why a file was not indexed.
 *
 * @param code   a stable machine-readable reason: {@code empty}, {@code too_large}, {@code unsupported_type},
 *               {@code encrypted}, {@code corrupt}, {@code no_text}, {@code unreadable}, {@code store_failed}, …
 * @param reason one sentence for a person, naming the file and the reason, said in their language
 */
public record IngestError(String code, Phrase reason) {
    public IngestError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }

    /** The reason in English: for logs, and for clients that name no language. */
    public String message() {
        return Messages.bundled().text(Language.ENGLISH, reason);
    }
}
