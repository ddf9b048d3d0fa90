package dev.cairn.core;

/**
 * What kind of reply the bot gave: an answer, an honest "nothing on that", a command result or notice (such as "try
 * again in 42 seconds"), or an ingestion report.
 */
public enum Outcome {
    ANSWERED, NO_ANSWER, COMMAND, INGESTED
}
