package dev.cairn.records;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The records are plain Java on bot-core's ports: no Spring, and none of our other modules. */
class RecordsArchitectureTest {
    private static final JavaClasses RECORDS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cairn.records");

    @Test
    void recordsDependOnBotCoreButOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("dev.cairn.records..")
                .should().dependOnClassesThat(resideInAPackage("dev.cairn..")
                        .and(not(resideInAnyPackage("dev.cairn.records..", "dev.cairn.core.."))))
                .check(RECORDS);
    }

    @Test
    void recordsStayFreeOfSpring() {
        noClasses().that().resideInAPackage("dev.cairn.records..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(RECORDS);
    }
}
