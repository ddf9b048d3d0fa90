package dev.cairn.slack;

/** The Slack adapter could not start: Slack refused a token, or could not be reached. The message says which and what to do. */
public class SlackStartupException extends RuntimeException {
    public SlackStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
