package dev.cairn.knowledge.answerability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerabilityModelTest {
    private static final AnswerabilityFeatures ANSWERING = new AnswerabilityFeatures(1.0, 0.8, true, 1.0, 0.3, 0, false, 0);
    private static final AnswerabilityFeatures NEAR_MISS = new AnswerabilityFeatures(0.6, 0.7, true, 1.0, 0.3, 0.4, true, 0.4);

    @Test
    void theWeightsFileReadsBackAsTheSameModel() throws IOException {
        AnswerabilityModel model = new AnswerabilityModel(-1.5, new double[] {2, 1, 0, 0.5, 0.25, -3, -2, -1, 0.75});
        StringWriter file = new StringWriter();

        model.write(file, "made by a test\nsecond line");

        assertThat(file.toString()).startsWith("# made by a test\n# second line\nbias=-1.500000\ncoverage=2.000000\n");
        assertThat(AnswerabilityModel.read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(model);
    }

    @Test
    void aWeightsFileWithoutAFeatureIsRefusedByName() {
        byte[] file = "bias=0\ncoverage=1\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AnswerabilityModel.read(new ByteArrayInputStream(file)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cosine'");
    }

    @Test
    void theShippedModelGivesAnAnsweringPassageBetterThanEvenOddsAndANearMissWorse() {
        AnswerabilityModel shipped = AnswerabilityModel.shipped();

        assertThat(shipped.score(ANSWERING)).isGreaterThan(0.5);
        assertThat(shipped.score(NEAR_MISS)).isLessThan(0.5);
    }

    @Test
    void scoresAreProbabilities() {
        AnswerabilityModel model = new AnswerabilityModel(0, new double[9]);

        assertThat(model.score(ANSWERING)).isEqualTo(0.5);
    }
}
