package dev.cairn.slack.archfixture;

import dev.cairn.discord.DiscordSettings;

/** Deliberate violation for ModuleRulesBiteTest: one adapter using another. */
public final class SlackReachingIntoDiscord {
    DiscordSettings settings;
}
