package dev.cairn.tools.http;

/** A request may not go where it points; the message says why, for the model to read. */
public final class DestinationRefused extends Exception {
    public DestinationRefused(String message) {
        super(message);
    }
}
