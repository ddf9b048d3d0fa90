package dev.cairn.app.feedback;

import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Appends each vote as one JSON line to a file under the data directory; readers take the last vote per user and reply. */
public final class JsonLinesFeedbackLog implements FeedbackLog {
    private final Path file;
    private final ObjectMapper json = JsonMapper.builder().build();

    public JsonLinesFeedbackLog(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(Feedback feedback) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("reply_id", feedback.replyId());
        line.put("platform", feedback.platform().id());
        line.put("workspace", feedback.workspace());
        line.put("user", feedback.userId());
        line.put("vote", feedback.vote().name().toLowerCase(Locale.ROOT));
        line.put("at", feedback.at().toString());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record feedback in " + file, e);
        }
    }
}
