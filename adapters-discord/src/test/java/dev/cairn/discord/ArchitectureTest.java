package dev.cairn.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses DISCORD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.discord");

    @Test
    void reachesKnowledgeOnlyThroughTheCorePorts() {
        noClasses().that().resideInAPackage("dev.cairn.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.knowledge..", "dev.cairn.tools..",
                        "dev.cairn.slack..", "dev.cairn.web..", "dev.cairn.app..", "org.apache.lucene..")
                .check(DISCORD);
    }

    @Test
    void usesNoSpring() {
        noClasses().that().resideInAPackage("dev.cairn.discord..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(DISCORD);
    }
}
