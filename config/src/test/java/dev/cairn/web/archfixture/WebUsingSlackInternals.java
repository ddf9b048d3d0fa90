package dev.cairn.web.archfixture;

import dev.cairn.slack.internal.SlackText;

/** Deliberate violation for ModuleRulesBiteTest: another module's internal package. */
public final class WebUsingSlackInternals {
    SlackText text;
}
