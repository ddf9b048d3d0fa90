package dev.cairn.knowledge.parse.archfixture;

import dev.cairn.knowledge.chunk.Chunker;

/** Deliberate violation for ModuleRulesBiteTest: parsing depending on a later step. */
public final class ParserReachingIntoChunks {
    Chunker chunker;
}
