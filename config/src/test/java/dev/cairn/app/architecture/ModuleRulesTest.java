package dev.cairn.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cairn's main code, every module of it, keeps the rules in {@link ModuleRules}. */
class ModuleRulesTest {
    /** Main classes only: neither test-classes directories nor the modules' test jars. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.cairn");

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("MODULES_POINT_INWARD", ModuleRules.MODULES_POINT_INWARD),
                Arguments.of("INTERNAL_STAYS_IN_ITS_MODULE", ModuleRules.INTERNAL_STAYS_IN_ITS_MODULE),
                Arguments.of("CONFIG_USES_NO_INTERNALS", ModuleRules.CONFIG_USES_NO_INTERNALS),
                Arguments.of("PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER", ModuleRules.PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER),
                Arguments.of("ONLY_KNOWLEDGE_USES_LUCENE_AND_TIKA", ModuleRules.ONLY_KNOWLEDGE_USES_LUCENE_AND_TIKA),
                Arguments.of("PARSING_KNOWS_NOTHING_DOWNSTREAM", ModuleRules.PARSING_KNOWS_NOTHING_DOWNSTREAM),
                Arguments.of("CHUNKS_AND_VECTORS_DO_NOT_REACH_THE_INDEX",
                        ModuleRules.CHUNKS_AND_VECTORS_DO_NOT_REACH_THE_INDEX),
                Arguments.of("ONLY_CONFIG_AND_WEB_USE_SPRING", ModuleRules.ONLY_CONFIG_AND_WEB_USE_SPRING),
                Arguments.of("WEB_IS_NOT_A_CHAT_PLATFORM", ModuleRules.WEB_IS_NOT_A_CHAT_PLATFORM),
                Arguments.of("MODEL_CLIENT_ONLY_IMPLEMENTS_CORE_PORTS", ModuleRules.MODEL_CLIENT_ONLY_IMPLEMENTS_CORE_PORTS),
                Arguments.of("CONFIG_IS_ONLY_FOR_CONFIG", ModuleRules.CONFIG_IS_ONLY_FOR_CONFIG));
    }

    @Test
    void theImportHoldsTheMainClassesOfEveryModuleAndNoFixture() {
        assertThat(MAIN.stream().map(c -> ModuleRules.moduleOf(c).orElseThrow()).distinct())
                .containsExactlyInAnyOrder("core", "knowledge", "tools", "records", "prompts", "model", "slack",
                        "discord", "web", "app");
        assertThat(MAIN.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.contains("archfixture"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mainCodeKeepsTheRule(String name, ArchRule rule) {
        rule.check(MAIN);
    }
}
