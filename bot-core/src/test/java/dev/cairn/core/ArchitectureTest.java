package dev.cairn.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Rules inside bot-core that its own class path can break (Caffeine and Jackson are on it). That bot-core depends on
 * no other module, Spring, Lucene, Tika or a chat platform is checked in config's ModuleRulesTest, which sees them.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.core");

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
