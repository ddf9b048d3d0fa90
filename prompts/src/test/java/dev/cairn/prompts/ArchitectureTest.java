package dev.cairn.prompts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    @Test
    void promptsUseOnlyTheCorePortsAndTheirTemplateLibrary() {
        noClasses().that().resideInAPackage("dev.cairn.prompts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.cairn.knowledge..",
                        "dev.cairn.tools..", "dev.cairn.web..", "dev.cairn.slack..", "dev.cairn.discord..",
                        "dev.cairn.app..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.cairn.prompts"));
    }
}
