package dev.cairn.core.archfixture;

import net.dv8tion.jda.api.entities.Message;

/** Deliberate violation for ModuleRulesBiteTest: bot-core using Discord's library. */
public final class CoreUsingJda {
    Message message;
}
