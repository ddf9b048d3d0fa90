package dev.cairn.knowledge.opensearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.knowledge.opensearch");

    @Test
    void theOpenSearchStoreUsesKnowledgeAndCorePortsButNoAdapterNorSpring() {
        noClasses().that().resideInAPackage("dev.cairn.knowledge.opensearch..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cairn.slack..", "dev.cairn.discord..",
                        "dev.cairn.web..", "dev.cairn.app..", "dev.cairn.tools..", "org.springframework..")
                .check(STORE);
    }

    @Test
    void theStoreDoesNotReachIntoTheEmbeddedLuceneIndex() {
        noClasses().that().resideInAPackage("dev.cairn.knowledge.opensearch..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.cairn.knowledge.index.PassageIndex")
                .check(STORE);
    }
}
