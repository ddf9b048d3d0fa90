package dev.cairn.core.port;

/** A user's verdict on an answer: 👍 or 👎. */
public enum Vote {
    UP, DOWN
}
