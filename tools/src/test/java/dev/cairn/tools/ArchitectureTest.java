package dev.cairn.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules inside tools; that tools use no other module of ours nor Spring is checked in config's ModuleRulesTest. */
class ArchitectureTest {
    private static final JavaClasses TOOLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.tools");

    @Test
    void helpersDoNotReachBackIntoTheToolsThemselves() {
        noClasses().that().resideInAnyPackage("dev.cairn.tools.http..", "dev.cairn.tools.sql..", "dev.cairn.tools.runbook..")
                .should().dependOnClassesThat().resideInAPackage("dev.cairn.tools")
                .check(TOOLS);
    }
}
