package dev.cairn.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.core");

    @Test
    void coreDependsOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("dev.cairn.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.cairn.knowledge..", "dev.cairn.tools..", "dev.cairn.slack..", "dev.cairn.discord..",
                        "dev.cairn.web..", "dev.cairn.app..")
                .check(CORE);
    }

    @Test
    void coreDependsOnNeitherSpringNorTheMechanismsOutsideIt() {
        noClasses().that().resideInAPackage("dev.cairn.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.lucene..", "org.apache.tika..", "com.slack..",
                        "net.dv8tion..")
                .check(CORE);
    }

    @Test
    void portsKeepCaffeineOut() {
        noClasses().that().resideInAPackage("dev.cairn.core.port..")
                .should().dependOnClassesThat().resideInAPackage("com.github.benmanes..")
                .check(CORE);
    }

    @Test
    void portsKeepJacksonOut() {
        noClasses().that().resideInAPackage("dev.cairn.core.port..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(CORE);
    }
}
