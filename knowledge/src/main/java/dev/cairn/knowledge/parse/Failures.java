package dev.cairn.knowledge.parse;

import dev.cairn.core.i18n.Phrase;
import java.util.Locale;
import org.apache.tika.mime.MediaType;

/** Builds the {@link UnparsableDocumentException}s Cairn reports, and classifies whatever a parser threw into one. */
final class Failures {
    private Failures() {
    }

    static UnparsableDocumentException unsupported(String name, MediaType type) {
        return failure("unsupported_type", Phrase.of("ingest.error.unsupported_type", name,
                type.getBaseType().toString()), null);
    }

    static UnparsableDocumentException encrypted(String name, Throwable cause) {
        return failure("encrypted", Phrase.of("ingest.error.encrypted", name), cause);
    }

    static UnparsableDocumentException noText(String name) {
        return failure("no_text", Phrase.of("ingest.error.no_text", name), null);
    }

    static UnparsableDocumentException tooLarge(String name, TextBudget.Exceeded exceeded) {
        return failure("too_large", Phrase.of("ingest.error.over_budget." + exceeded.kind(), name, exceeded.limit()),
                exceeded);
    }

    static UnparsableDocumentException zipBomb(String name, Throwable cause) {
        return failure("too_large", Phrase.of("ingest.error.zip_bomb", name), cause);
    }

    static UnparsableDocumentException outOfMemory(String name, Throwable cause) {
        return failure("too_large", Phrase.of("ingest.error.out_of_memory", name), cause);
    }

    static UnparsableDocumentException timedOut(String name, java.time.Duration timeout) {
        return failure("too_complex", Phrase.of("ingest.error.timed_out", name, seconds(timeout)), null);
    }

    static UnparsableDocumentException busy(String name) {
        return failure("busy", Phrase.of("ingest.error.busy", name), null);
    }

    static UnparsableDocumentException tooDeep(String name, Throwable cause) {
        return failure("too_complex", Phrase.of("ingest.error.too_deep", name), cause);
    }

    static UnparsableDocumentException interrupted(String name) {
        return failure("unreadable", Phrase.of("ingest.error.interrupted", name), null);
    }

    static UnparsableDocumentException corrupt(String name, Throwable cause) {
        return failure("corrupt", Phrase.of("ingest.error.corrupt", name), cause);
    }

    private static UnparsableDocumentException failure(String code, Phrase reason, Throwable cause) {
        return new UnparsableDocumentException(code, reason, cause);
    }

    /**
     * Classifies a failure by its cause chain: a budget passed, encryption, a zip bomb, memory or stack exhausted,
     * else corrupt.
     */
    static UnparsableDocumentException classify(String name, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextBudget.Exceeded exceeded) {
                return tooLarge(name, exceeded);
            }
            String type = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.equals("EncryptedDocumentException") || type.equals("InvalidPasswordException")
                    || type.equals("AccessPermissionException")) {
                return encrypted(name, failure);
            }
            if (message.contains("zip bomb")) {
                return zipBomb(name, failure);
            }
            if (t instanceof OutOfMemoryError || type.equals("TikaMemoryLimitException")) {
                return outOfMemory(name, failure);
            }
            if (t instanceof StackOverflowError) {
                return tooDeep(name, failure);
            }
        }
        return corrupt(name, failure);
    }

    private static String seconds(java.time.Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
