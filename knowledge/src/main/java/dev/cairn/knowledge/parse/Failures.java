package dev.cairn.knowledge.parse;

import java.util.Locale;
import org.apache.tika.mime.MediaType;

/** Builds the {@link UnparsableDocumentException}s Cairn reports, and classifies whatever a parser threw into one. */
final class Failures {
    private static final String FORMATS = "PDF, Word, PowerPoint, Excel, HTML, Markdown, text, CSV or e-mail";

    private Failures() {
    }

    static UnparsableDocumentException unsupported(String name, MediaType type) {
        String typeName = type.getBaseType().toString();
        String article = "aeiou".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ";
        return new UnparsableDocumentException("unsupported_type",
                name + " is " + article + typeName + " file, which Cairn cannot read; send " + FORMATS + ".");
    }

    static UnparsableDocumentException encrypted(String name, Throwable cause) {
        return new UnparsableDocumentException("encrypted",
                name + " is encrypted; nothing was indexed. Send a copy without a password.", cause);
    }

    static UnparsableDocumentException noText(String name) {
        return new UnparsableDocumentException("no_text", name + " contains no text Cairn can read (scanned pages "
                + "and pictures are not read); nothing was indexed.");
    }

    static UnparsableDocumentException tooLarge(String name, TextBudget.Exceeded exceeded) {
        return new UnparsableDocumentException("too_large", name + " holds more than " + exceeded.limit() + " "
                + exceeded.what() + ", more than Cairn reads from one file; nothing was indexed. Split it up.", exceeded);
    }

    static UnparsableDocumentException zipBomb(String name, Throwable cause) {
        return new UnparsableDocumentException("too_large", name + " unpacks to far more data than its size (a zip "
                + "bomb?), more than Cairn reads from one file; nothing was indexed.", cause);
    }

    static UnparsableDocumentException outOfMemory(String name, Throwable cause) {
        return new UnparsableDocumentException("too_large", name + " needs more memory to read than Cairn can give "
                + "one file; nothing was indexed. Split it up.", cause);
    }

    static UnparsableDocumentException timedOut(String name, java.time.Duration timeout) {
        return new UnparsableDocumentException("too_complex", name + " took longer than " + seconds(timeout)
                + " to read, more than Cairn gives one file; nothing was indexed. Split it up or simplify it.");
    }

    static UnparsableDocumentException busy(String name) {
        return new UnparsableDocumentException("busy", name + " could not be read now: Cairn is busy reading other "
                + "files; nothing was indexed. Send it again in a minute.");
    }

    static UnparsableDocumentException tooDeep(String name, Throwable cause) {
        return new UnparsableDocumentException("too_complex", name + " nests its parts too deeply to read; nothing "
                + "was indexed. Simplify it.", cause);
    }

    static UnparsableDocumentException interrupted(String name) {
        return new UnparsableDocumentException("unreadable", name + " could not be read because Cairn is stopping; "
                + "nothing was indexed. Send it again.");
    }

    static UnparsableDocumentException corrupt(String name, Throwable cause) {
        return new UnparsableDocumentException("corrupt",
                name + " looks damaged or truncated and could not be read; nothing was indexed.", cause);
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
