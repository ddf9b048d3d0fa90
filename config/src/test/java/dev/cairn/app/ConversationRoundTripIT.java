package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The conversation id a reply carries, sent back as JSON or over server-sent events, continues that conversation. */
class ConversationRoundTripIT {
    private static final String FIRST = "How much annual leave do employees accrue?";
    @TempDir
    static Path dataDir;
    static FakeOpenAi model;
    static RunningCairn cairn;

    @BeforeAll
    static void start() throws Exception {
        model = new FakeOpenAi();
        cairn = RunningCairn.start(dataDir, "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model",
                "cairn.llm.api-key=sk-test", "cairn.llm.timeout=5s");
        cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
    }

    @AfterAll
    static void stop() {
        cairn.close();
        model.close();
    }

    @Test
    void theIdOfAJsonAnswerSentBackGivesTheModelTheFirstTurn() {
        model.then(new FakeOpenAi.Text(List.of("Four hours per pay period [1]."), 100, 8))
                .then(new FakeOpenAi.Text(List.of("Contractors accrue none [1]."), 120, 6));

        JsonNode first = cairn.api.ask("ann", FIRST).json();
        String id = first.get("conversation_id").asString();
        JsonNode second = cairn.api.ask("ann", "and for contractors?", id).json();

        assertThat(id).isEqualTo("ann");
        assertThat(second.get("conversation_id").asString()).isEqualTo(id);
        assertThat(compact(lastRequest())).contains("{\"role\":\"user\",\"content\":\"" + FIRST + "\"}")
                .contains("{\"role\":\"assistant\",\"content\":\"Four hours per pay period [1].\"}");
    }

    @Test
    void theIdOfTheDoneEventSentBackOverServerSentEventsContinuesTheConversation() {
        model.then(new FakeOpenAi.Text(List.of("Four hours ", "per pay period [1]."), 100, 8))
                .then(new FakeOpenAi.Text(List.of("Contractors accrue none [1]."), 120, 6));

        String id = done(cairn.api.streamChat("sam", FIRST)).get("conversation_id").asString();
        JsonNode second = done(cairn.api.streamChat("sam", "and for contractors?", id));

        assertThat(id).isEqualTo("sam");
        assertThat(second.get("conversation_id").asString()).isEqualTo(id);
        assertThat(compact(lastRequest())).contains("{\"role\":\"user\",\"content\":\"" + FIRST + "\"}")
                .contains("{\"role\":\"assistant\",\"content\":\"Four hours per pay period [1].\"}");
    }

    @Test
    void aChosenIdKeepsItsOwnConversationApartFromTheDefaultOne() {
        model.then(new FakeOpenAi.Text(List.of("Four hours per pay period [1]."), 100, 8))
                .then(new FakeOpenAi.Text(List.of("I do not know."), 90, 4))
                .then(new FakeOpenAi.Text(List.of("Contractors accrue none [1]."), 120, 6));

        cairn.api.ask("kim", FIRST, "leave");
        JsonNode fresh = cairn.api.ask("kim", "and for contractors?").json();
        String freshRequest = compact(lastRequest());
        JsonNode continued = cairn.api.ask("kim", "and for contractors?", "leave").json();

        assertThat(fresh.get("conversation_id").asString()).isEqualTo("kim");
        assertThat(freshRequest).doesNotContain("\"role\":\"assistant\"");
        assertThat(continued.get("conversation_id").asString()).isEqualTo("leave");
        assertThat(compact(lastRequest())).contains("{\"role\":\"user\",\"content\":\"" + FIRST + "\"}");
    }

    private static String lastRequest() {
        return model.requests.get(model.requests.size() - 1);
    }

    /** The request body without the blanks a JSON writer may put around colons and commas. */
    private static String compact(String json) {
        return json.replaceAll("\"\\s*:\\s*", "\":").replaceAll(",\\s*\"", ",\"").replaceAll("\\{\\s*\"", "{\"")
                .replaceAll("\"\\s*}", "\"}");
    }

    /** The response of the stream's {@code done} event. */
    private static JsonNode done(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        for (String event : reply.body().split("\n\n")) {
            if (event.startsWith("event:done")) {
                String data = event.lines().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
                return Api.JSON.readTree(data.substring("data:".length()));
            }
        }
        throw new AssertionError("no done event in " + reply.body());
    }
}
