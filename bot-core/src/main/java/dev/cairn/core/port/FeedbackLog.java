package dev.cairn.core.port;

/** Keeps users' votes on answers; a vote that cannot be stored throws, and the adapter tells the user it was not recorded. */
public interface FeedbackLog {

    /**
     * Stores one vote; a later vote by the same user on the same reply supersedes the earlier one. Returns false,
     * storing nothing, when no answer with that reply id is known.
     */
    boolean record(Feedback feedback);
}
