package dev.cairn.records.archfixture;

import dev.cairn.app.CairnProperties;

/** Deliberate violation for ModuleRulesBiteTest: a module reading config's properties. */
public final class RecordsReadingCairnProperties {
    CairnProperties properties;
}
