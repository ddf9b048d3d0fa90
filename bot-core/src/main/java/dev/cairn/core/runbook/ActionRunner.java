package dev.cairn.core.runbook;

import java.util.Map;

/** Carries out an approved runbook action (an HTTP call in the server); returns what happened, never throws. */
@FunctionalInterface
public interface ActionRunner {
    Outcome run(RunbookAction action, Map<String, String> arguments);

    /** The result of running an action: whether it succeeded and a line for the channel. */
    record Outcome(boolean ok, String summary) {
    }
}
