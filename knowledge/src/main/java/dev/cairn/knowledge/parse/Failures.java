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

    static UnparsableDocumentException tooLarge(String name, long limit, Throwable cause) {
        return new UnparsableDocumentException("too_large", name + " holds more than " + limit
                + " characters of text, more than Cairn reads from one file; nothing was indexed. Split it up.", cause);
    }

    static UnparsableDocumentException corrupt(String name, Throwable cause) {
        return new UnparsableDocumentException("corrupt",
                name + " looks damaged or truncated and could not be read; nothing was indexed.", cause);
    }

    /** Classifies a failure by its cause chain: text limit, encryption, zip bomb or unsupported, else corrupt. */
    static UnparsableDocumentException classify(String name, Throwable failure, long limit) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TextBudget.Exceeded) {
                return tooLarge(name, limit, failure);
            }
            String type = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (type.equals("EncryptedDocumentException") || type.equals("InvalidPasswordException")
                    || type.equals("AccessPermissionException")) {
                return encrypted(name, failure);
            }
            if (message.contains("zip bomb") || type.equals("TikaMemoryLimitException")
                    || t instanceof OutOfMemoryError) {
                return tooLarge(name, limit, failure);
            }
        }
        return corrupt(name, failure);
    }
}
