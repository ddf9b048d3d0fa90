package dev.cairn.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses SLACK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.slack");

    @Test
    void theAdapterReachesKnowledgeOnlyThroughTheCorePorts() {
        noClasses().that().resideInAPackage("dev.cairn.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.knowledge..", "dev.cairn.tools..",
                        "dev.cairn.discord..", "dev.cairn.web..", "dev.cairn.app..", "org.apache.lucene..",
                        "org.apache.tika..")
                .check(SLACK);
    }

    @Test
    void theAdapterUsesNoSpringBeyondTheServletApi() {
        noClasses().that().resideInAPackage("dev.cairn.slack..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(SLACK);
    }
}
