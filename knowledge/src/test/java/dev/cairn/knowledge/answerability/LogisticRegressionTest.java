package dev.cairn.knowledge.answerability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static double[] features(double coverage, boolean specificMissing) {
        return new AnswerabilityFeatures(coverage, 0.5, true, 0.5, 0.1, 1 - coverage, specificMissing, 0).values();
    }

    @Test
    void learnsThatAMissingNameMeansNoAnswerWhateverTheCoverage() {
        Random random = new Random(1);
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double coverage = 0.5 + 0.5 * random.nextDouble();
            boolean missing = random.nextBoolean();
            examples.add(new LogisticRegression.Example(features(coverage, missing), !missing));
        }

        AnswerabilityModel model = new LogisticRegression(0.001, 2000, 0.5).fit(examples);

        assertThat(model.probability(features(0.8, false))).isGreaterThan(0.8);
        assertThat(model.probability(features(0.8, true))).isLessThan(0.2);
        assertThat(model.weights()[AnswerabilityFeatures.NAMES.indexOf("specific_missing")]).isNegative();
    }

    @Test
    void givesEvenOddsWhereTheClassesOverlapEvenlyHoweverManyOfEachThereAre() {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            examples.add(new LogisticRegression.Example(features(0.6, false), true));
        }
        for (int i = 0; i < 100; i++) {
            examples.add(new LogisticRegression.Example(features(0.6, false), false));
        }

        AnswerabilityModel model = new LogisticRegression(0.0, 3000, 0.5).fit(examples);

        assertThat(model.probability(features(0.6, false))).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void wordsNoDocumentHoldsNeverRaiseTheAnswerabilityEvenWhenTheExamplesSaySo() {
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double unknown = i % 2 == 0 ? 0.5 : 0;
            double[] x = new AnswerabilityFeatures(0.7, 0.5, true, 0.5, 0.1, 0.2, false, unknown).values();
            examples.add(new LogisticRegression.Example(x, unknown > 0));
        }

        AnswerabilityModel model = new LogisticRegression(0.0, 1000, 0.5).fit(examples);

        assertThat(model.weights()[AnswerabilityFeatures.NAMES.indexOf("unknown_share")]).isZero();
    }

    @Test
    void refusesExamplesOfOneKindOnly() {
        List<LogisticRegression.Example> onlyAnswers = List.of(new LogisticRegression.Example(features(1, false), true));

        assertThatThrownBy(() -> new LogisticRegression(0, 10, 0.1).fit(onlyAnswers))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both kinds");
    }
}
