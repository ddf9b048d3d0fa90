package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A newcomer's first session: upload a PDF and a Word file, ask, follow up, reset, restart. */
class AskAndCiteIT {
    static final byte[] HANDBOOK = TestDocuments.HANDBOOK;
    static final byte[] TRAVEL = TestDocuments.docx(List.of(
            "Travel policy",
            "Book flights through the travel portal at least fourteen days before departure.",
            "Hotel stays are reimbursed up to the government per diem rate."));

    @TempDir
    Path dataDir;

    @Test
    void answersFromUploadedFilesCitingDocumentAndPageAndKeepsThemAcrossRestarts() {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("handbook.pdf", HANDBOOK);
            files.put("travel.docx", TRAVEL);
            JsonNode uploaded = cairn.api.upload(files).json().get("files");
            assertThat(uploaded.get(0).get("status").asString()).isEqualTo("indexed");
            assertThat(uploaded.get(0).get("pages").asInt()).isEqualTo(3);
            assertThat(uploaded.get(1).get("status").asString()).isEqualTo("indexed");
            assertThat(uploaded.get(1).get("passages").asInt()).isPositive();

            JsonNode leave = cairn.api.ask("ann", "How much annual leave do employees accrue?").json();
            assertThat(leave.get("answer").asString()).contains("four hours of annual leave").contains("[1]");
            JsonNode cited = leave.get("citations").get(0);
            assertThat(cited.get("index").asInt()).isEqualTo(1);
            assertThat(cited.get("document").asString()).isEqualTo("handbook.pdf");
            assertThat(cited.get("page").asInt()).isEqualTo(2);
            assertThat(cited.get("location").asString()).isEqualTo("page 2");
            assertThat(cited.get("quote").asString()).contains("four hours");
            assertThat(leave.get("conversation_id").asString()).isEqualTo("ann");
            assertThat(leave.get("usage").get("latency_ms").asLong()).isNotNegative();

            JsonNode travel = cairn.api.ask("ann", "When should I book flights?").json();
            assertThat(travel.get("answer").asString()).contains("fourteen days");
            assertThat(travel.get("citations").get(0).get("document").asString()).isEqualTo("travel.docx");
            assertThat(travel.get("citations").get(0).get("page").isNull()).isTrue();
        }

        try (RunningCairn restarted = RunningCairn.start(dataDir)) {
            JsonNode documents = restarted.api.get("/api/v1/knowledge/documents").json().get("documents");
            assertThat(documents).extracting(d -> d.get("name").asString())
                    .containsExactlyInAnyOrder("handbook.pdf", "travel.docx");
            JsonNode again = restarted.api.ask("bob", "How much annual leave do employees accrue?").json();
            assertThat(again.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        }
    }

    @Test
    void aFollowUpUsesThePreviousTurnAndResetForgetsIt() {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            cairn.api.upload(Map.of("handbook.pdf", HANDBOOK));

            cairn.api.ask("ann", "How much annual leave do employees accrue?");
            JsonNode followUp = cairn.api.ask("ann", "and for contractors?").json();
            assertThat(followUp.get("answer").asString())
                    .startsWith("Contractors do not accrue annual leave; they follow the policy of their own company.");
            assertThat(followUp.get("citations").get(0).get("page").asInt()).isEqualTo(2);

            JsonNode vague = cairn.api.ask("ann", "what about it?").json();
            assertThat(vague.get("citations")).isNotEmpty();

            JsonNode reset = cairn.api.ask("ann", "reset").json();
            assertThat(reset.get("answer").asString()).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.reset"));

            JsonNode afterReset = cairn.api.ask("ann", "what about it?").json();
            assertThat(afterReset.get("citations")).isEmpty();
            assertThat(afterReset.get("answer").asString()).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
        }
    }

    @Test
    void anOffTopicQuestionCitesNothingWithTheDefaultThreshold() {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            cairn.api.upload(Map.of("handbook.pdf", HANDBOOK, "travel.docx", TRAVEL));

            JsonNode offTopic = cairn.api.ask("ann", "What is the capital of France?").json();

            assertThat(offTopic.get("citations")).isEmpty();
            assertThat(offTopic.get("answer").asString()).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
        }
    }

    @Test
    void helpExplainsHowToAsk() {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            JsonNode help = cairn.api.ask("ann", "help").json();
            assertThat(help.get("answer").asString()).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.help"));
            assertThat(help.get("citations")).isEmpty();
        }
    }
}
