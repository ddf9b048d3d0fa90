package dev.cairn.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses TOOLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.tools");

    @Test
    void toolsDependOnCorePortsButOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("dev.cairn.tools..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.cairn.knowledge..", "dev.cairn.slack..", "dev.cairn.discord..", "dev.cairn.web..",
                        "dev.cairn.app..", "org.springframework..")
                .check(TOOLS);
    }

    @Test
    void helpersDoNotReachBackIntoTheToolsThemselves() {
        noClasses().that().resideInAnyPackage("dev.cairn.tools.http..", "dev.cairn.tools.sql..", "dev.cairn.tools.runbook..")
                .should().dependOnClassesThat().resideInAPackage("dev.cairn.tools")
                .check(TOOLS);
    }
}
