package dev.cairn.model.openai.archfixture;

/** Deliberate violation for ModuleRulesBiteTest: a public model-openai type that is no bot-core port. */
public final class PublicRequestBuilder {
    public String build() {
        return "{}";
    }
}
