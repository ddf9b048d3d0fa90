package dev.cairn.core.archfixture;

import dev.cairn.knowledge.chunk.Chunker;

/** Deliberate violation for ModuleRulesBiteTest: bot-core using a module that implements its ports. */
public final class CoreReachingIntoKnowledge {
    Chunker chunker;
}
