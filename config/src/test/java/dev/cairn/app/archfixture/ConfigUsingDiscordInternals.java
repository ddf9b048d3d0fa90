package dev.cairn.app.archfixture;

import dev.cairn.discord.internal.DiscordListener;

/** Deliberate violation for ModuleRulesBiteTest: config wiring an adapter's internal class. */
public final class ConfigUsingDiscordInternals {
    DiscordListener listener;
}
