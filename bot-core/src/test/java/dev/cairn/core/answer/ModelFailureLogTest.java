package dev.cairn.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.English;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.Passage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A model failure is logged once, as a warning naming the model's own description of it. */
class ModelFailureLogTest {
    private static final List<Passage> PASSAGES = List.of(new Passage("a#0", "a", "leave.pdf", "web",
            Location.page(2), "Employees accrue 4 hours per pay period.", 0.8, Optional.empty()));
    private final Logger jul = Logger.getLogger(GenerativeAnswerer.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        jul.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        jul.removeHandler(handler);
    }

    @Test
    void aFailedModelIsLoggedOnceAsAWarningWithItsCauseAndTheAnswerIsExtractive() {
        LanguageModel refusing = (request, sink) -> {
            throw new LanguageModelException("model gpt-x at http://127.0.0.1:9/v1 failed: HTTP 401 (invalid api key) "
                    + "after 1 try");
        };

        Answer answer = withoutTools(refusing).answer(new Question(
                InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), "How many hours?"), List.of()),
                PASSAGES, DeltaSink.NONE);

        assertThat(answer.text()).startsWith(English.of("answer.model_unavailable"));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(java.text.MessageFormat.format(r.getMessage(), r.getParameters())).isEqualTo(
                    "model gpt-x at http://127.0.0.1:9/v1 failed: HTTP 401 (invalid api key) after 1 try; "
                            + "answering extractively");
        });
    }

    @Test
    void anAnswerFromTheModelLogsNothing() {
        LanguageModel answering = (request, sink) -> new dev.cairn.core.port.ModelReply("4 hours [1].", List.of(), 10, 3);

        withoutTools(answering).answer(new Question(
                InboundMessage.question(Platform.WEB, "web", new User("u1", "Ann"), "How many hours?"), List.of()),
                PASSAGES, DeltaSink.NONE);

        assertThat(records).isEmpty();
    }

    private static GenerativeAnswerer withoutTools(LanguageModel model) {
        return new GenerativeAnswerer(model, new ExtractiveAnswerer(), List.of(), 0, new ScopePolicy(Set.of()));
    }
}
