package dev.cairn.core;

/** How a message reached the bot: a slash command, an @mention, a direct message, or a file drop. */
public enum MessageKind {
    COMMAND, MENTION, DIRECT, FILE
}
