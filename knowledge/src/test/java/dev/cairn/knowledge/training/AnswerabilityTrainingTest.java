package dev.cairn.knowledge.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import dev.cairn.knowledge.answerability.LogisticRegression;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.chunk.Chunk;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerabilityTrainingTest {
    @TempDir
    Path dir;

    @Test
    void fitsAModelThatRatesQuestionsFromAPassageAboveTheirNearMisses() throws Exception {
        try (PassageIndex index = new PassageIndex(dir, 0.5)) {
            for (int i = 0; i < HandbookSample.PASSAGES.size(); i++) {
                index.put(new DocumentInfo("doc" + i, "page" + i + ".md", "web", "text/plain", 0, 1,
                        Instant.parse("2026-01-01T00:00:00Z"), Optional.empty(), ""), "hash" + i,
                        List.of(new Chunk(Location.page(1), HandbookSample.PASSAGES.get(i))), Optional.empty());
            }
            AnswerabilityTraining training = new AnswerabilityTraining(index, EmbeddingRouter.none(), Set.of("web"));
            List<TrainingQuestions.Source> sources = training.sources();
            List<TrainingQuestions.Pair> pairs = new TrainingQuestions(new MixedLanguageAnalyzer(),
                    List.of("zanzibar", "reykjavik", "ulaanbaatar", "timbuktu"), 5).make(sources, 20);

            AnswerabilityTraining.Result result = training.fit(pairs, new LogisticRegression(0.001, 2000, 0.5));

            assertThat(sources).hasSize(20).extracting(TrainingQuestions.Source::passageId).contains("doc0#0");
            assertThat(result.examples()).anyMatch(LogisticRegression.Example::answers)
                    .anyMatch(e -> !e.answers());
            double answering = result.examples().stream().filter(LogisticRegression.Example::answers)
                    .mapToDouble(e -> result.model().probability(e.x())).average().orElseThrow();
            double missing = result.examples().stream().filter(e -> !e.answers())
                    .mapToDouble(e -> result.model().probability(e.x())).average().orElseThrow();
            assertThat(answering).isGreaterThan(0.5).isGreaterThan(missing + 0.2);
            assertThat(result.examples()).allSatisfy(e -> assertThat(e.x()).hasSize(AnswerabilityFeatures.NAMES.size()));
        }
    }
}
