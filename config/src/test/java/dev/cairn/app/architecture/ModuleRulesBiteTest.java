package dev.cairn.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.cairn.app.archfixture.ConfigUsingDiscordInternals;
import dev.cairn.core.archfixture.CoreReachingIntoKnowledge;
import dev.cairn.core.archfixture.CoreUsingJda;
import dev.cairn.discord.archfixture.DiscordUsingSlackApi;
import dev.cairn.knowledge.archfixture.KnowledgeUsingSpring;
import dev.cairn.knowledge.embed.archfixture.EmbedderOpeningLucene;
import dev.cairn.knowledge.parse.archfixture.ParserReachingIntoChunks;
import dev.cairn.model.openai.archfixture.PublicRequestBuilder;
import dev.cairn.records.archfixture.RecordsReadingCairnProperties;
import dev.cairn.records.archfixture.RecordsUsingSpring;
import dev.cairn.slack.archfixture.SlackReachingIntoDiscord;
import dev.cairn.tools.archfixture.ToolOpeningLucene;
import dev.cairn.web.archfixture.WebPostingToSlack;
import dev.cairn.web.archfixture.WebUsingSlackInternals;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link ModuleRules} reports a deliberate violation (a class under {@code archfixture} in config's
 * test sources), so none of them passes whatever the code does.
 */
class ModuleRulesBiteTest {
    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(ModuleRules.MODULES_POINT_INWARD, SlackReachingIntoDiscord.class),
                Arguments.of(ModuleRules.MODULES_POINT_INWARD, CoreReachingIntoKnowledge.class),
                Arguments.of(ModuleRules.MODULES_POINT_INWARD, RecordsReadingCairnProperties.class),
                Arguments.of(ModuleRules.INTERNAL_STAYS_IN_ITS_MODULE, WebUsingSlackInternals.class),
                Arguments.of(ModuleRules.INTERNAL_STAYS_IN_ITS_MODULE, ConfigUsingDiscordInternals.class),
                Arguments.of(ModuleRules.CONFIG_USES_NO_INTERNALS, ConfigUsingDiscordInternals.class),
                Arguments.of(ModuleRules.PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER, DiscordUsingSlackApi.class),
                Arguments.of(ModuleRules.PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER, WebPostingToSlack.class),
                Arguments.of(ModuleRules.PLATFORM_LIBRARIES_STAY_IN_THEIR_ADAPTER, CoreUsingJda.class),
                Arguments.of(ModuleRules.ONLY_KNOWLEDGE_USES_LUCENE_AND_TIKA, ToolOpeningLucene.class),
                Arguments.of(ModuleRules.PARSING_KNOWS_NOTHING_DOWNSTREAM, ParserReachingIntoChunks.class),
                Arguments.of(ModuleRules.CHUNKS_AND_VECTORS_DO_NOT_REACH_THE_INDEX, EmbedderOpeningLucene.class),
                Arguments.of(ModuleRules.ONLY_CONFIG_AND_WEB_USE_SPRING, KnowledgeUsingSpring.class),
                Arguments.of(ModuleRules.ONLY_CONFIG_AND_WEB_USE_SPRING, RecordsUsingSpring.class),
                Arguments.of(ModuleRules.WEB_IS_NOT_A_CHAT_PLATFORM, WebPostingToSlack.class),
                Arguments.of(ModuleRules.MODEL_CLIENT_ONLY_IMPLEMENTS_CORE_PORTS, PublicRequestBuilder.class),
                Arguments.of(ModuleRules.CONFIG_IS_ONLY_FOR_CONFIG, RecordsReadingCairnProperties.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("violations")
    void theRuleReportsTheDeliberateViolation(ArchRule rule, Class<?> violator) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(violator));

        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains(violator.getName()));
    }
}
