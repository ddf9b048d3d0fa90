package dev.cairn.knowledge.embed.archfixture;

import org.apache.lucene.document.Document;

/** Deliberate violation for ModuleRulesBiteTest: embedding reaching into the index's library. */
public final class EmbedderOpeningLucene {
    Document document;
}
