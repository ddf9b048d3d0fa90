package dev.cairn.core.port;

import java.util.Objects;

/**
 * Why a file was not indexed.
 *
 * @param code    a stable machine-readable reason: {@code empty}, {@code too_large}, {@code unsupported_type},
 *                {@code encrypted}, {@code corrupt}, {@code no_text}, {@code unreadable}, {@code store_failed}
 * @param message one sentence for a person, naming the file and the reason
 */
public record IngestError(String code, String message) {
    public IngestError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
