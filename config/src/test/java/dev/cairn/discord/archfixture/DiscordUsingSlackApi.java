package dev.cairn.discord.archfixture;

import com.slack.api.model.block.LayoutBlock;

/** Deliberate violation for ModuleRulesBiteTest: the Discord adapter using Slack's library. */
public final class DiscordUsingSlackApi {
    LayoutBlock block;
}
