package dev.cairn.tools.archfixture;

import org.apache.lucene.store.Directory;

/** Deliberate violation for ModuleRulesBiteTest: a tool opening the index behind knowledge's back. */
public final class ToolOpeningLucene {
    Directory directory;
}
