package dev.cairn.core.port;

/** The language model could not answer: timeout, refused or failed request, or output Cairn cannot use. */
public class LanguageModelException extends RuntimeException {
    public LanguageModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public LanguageModelException(String message) {
        super(message);
    }
}
