package dev.cairn.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Platform;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.Vote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFeedbackLogTest {
    @TempDir
    Path dir;

    @Test
    void appendsOneJsonLinePerVote() throws Exception {
        Path file = dir.resolve("state/feedback.jsonl");
        JsonLinesFeedbackLog log = new JsonLinesFeedbackLog(file);

        log.record(new Feedback("r1", Platform.SLACK, "T1", "U1", Vote.UP, Instant.parse("2026-11-29T10:00:00Z")));
        log.record(new Feedback("r1", Platform.SLACK, "T1", "U1", Vote.DOWN, Instant.parse("2026-11-29T10:01:00Z")));

        assertThat(Files.readAllLines(file)).containsExactly(
                "{\"reply_id\":\"r1\",\"platform\":\"slack\",\"workspace\":\"T1\",\"user\":\"U1\",\"vote\":\"up\","
                        + "\"at\":\"2026-11-29T10:00:00Z\"}",
                "{\"reply_id\":\"r1\",\"platform\":\"slack\",\"workspace\":\"T1\",\"user\":\"U1\",\"vote\":\"down\","
                        + "\"at\":\"2026-11-29T10:01:00Z\"}");
    }
}
