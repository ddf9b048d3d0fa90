package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cairn.limits.questions-per-minute through the web API: the question over it is refused politely, not recorded. */
class RateLimitIT {
    @TempDir
    Path dataDir;

    @Test
    void aQuestionOverTheLimitGetsAPoliteReplyThatIsNeitherRecordedNorCounted() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.limits.questions-per-minute=3")) {
            cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
            assertThat(cairn.api.ask("ann", "help").json().get("answer").asString()).contains("reset");
            for (int i = 0; i < 3; i++) {
                Api.Reply answer = cairn.api.ask("ann", "Where do contractors get a visitor badge?");
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().get("citations")).as("commands do not count").isNotEmpty();
            }

            Api.Reply refused = cairn.api.ask("ann", "Where do contractors get a visitor badge?");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.json().get("answer").asString())
                    .matches("You've asked 3 questions in the last minute; try again in [1-6]?[0-9] seconds?\\.");
            assertThat(refused.json().get("citations")).isEmpty();
            assertThat(cairn.api.streamChat("ann", "Do contractors accrue annual leave?").body())
                    .contains("You've asked 3 questions in the last minute");
            assertThat(cairn.api.ask("bob", "Where do contractors get a visitor badge?").json().get("citations"))
                    .as("another user is not limited").isNotEmpty();

            assertThat(cairn.api.get("/api/v1/stats/prompts").json().get("experiments").get(0).get("variants").get(0)
                    .get("answers").asInt()).as("recorded answers: ann's three and bob's one").isEqualTo(4);
            assertThat(cairn.api.get("/actuator/prometheus").body())
                    .contains("cairn_questions_total{platform=\"web\"} 4.0");
        }
    }
}
