package dev.cairn.core;

/** What kind of reply the bot gave: an answer, an honest "nothing on that", a command result, or an ingestion report. */
public enum Outcome {
    ANSWERED, NO_ANSWER, COMMAND, INGESTED
}
