package dev.cairn.knowledge.archfixture;

import org.springframework.context.ApplicationContext;

/** Deliberate violation for ModuleRulesBiteTest: the knowledge library depending on Spring. */
public final class KnowledgeUsingSpring {
    ApplicationContext context;
}
