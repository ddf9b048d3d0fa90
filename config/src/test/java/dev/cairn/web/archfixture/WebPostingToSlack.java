package dev.cairn.web.archfixture;

import com.slack.api.methods.MethodsClient;

/** Deliberate violation for ModuleRulesBiteTest: the web adapter calling Slack's API. */
public final class WebPostingToSlack {
    MethodsClient slack;
}
