package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.model.openai.FakeOpenAi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** With a language model configured, answers are written by it from the passages, cited, and fall back when it fails. */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAnswerIT {
    @TempDir
    static Path dataDir;
    static final String UNAVAILABLE = Messages.bundled().text(Language.ENGLISH, "answer.model_unavailable");
    static FakeOpenAi model;
    static RunningCairn cairn;

    @BeforeAll
    static void start() throws Exception {
        model = new FakeOpenAi();
        cairn = RunningCairn.start(dataDir, "cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=fake-model",
                "cairn.llm.api-key=sk-test", "cairn.llm.timeout=3s", "cairn.llm.max-retries=1");
        cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK));
    }

    @AfterAll
    static void stop() {
        cairn.close();
        model.close();
    }

    @Test
    void theModelWritesTheAnswerFromThePassagesAndItsMarkersBecomeCitations() {
        model.then(new FakeOpenAi.Text(List.of("Employees accrue four hours ", "per pay period [1]. Also [9]."),
                420, 17));

        JsonNode answer = cairn.api.ask("gen", "How much annual leave do employees accrue?").json();

        assertThat(answer.get("answer").asString()).isEqualTo("Employees accrue four hours per pay period [1]. Also.");
        assertThat(answer.get("citations")).hasSize(1);
        assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        assertThat(answer.get("citations").get(0).get("page").asInt()).isEqualTo(2);
        assertThat(answer.get("usage").get("input_tokens").asInt()).isEqualTo(420);
        assertThat(answer.get("usage").get("output_tokens").asInt()).isEqualTo(17);
        String request = model.requests.get(model.requests.size() - 1);
        assertThat(request).contains("Employees accrue four hours of annual leave per pay period.")
                .contains("handbook.pdf — page 2").contains("How much annual leave do employees accrue?");
    }

    @Test
    void theModelsTokensStreamAsServerSentEvents() {
        model.then(new FakeOpenAi.Text(List.of("Every laptop ", "needs full-disk encryption [1]."), 300, 8));

        Api.Reply reply = cairn.api.streamChat("stream", "Which laptops need full-disk encryption?");

        List<String> deltas = List.of(reply.body().split("\n\n")).stream()
                .filter(e -> e.startsWith("event:delta")).toList();
        assertThat(deltas).hasSize(2);
        assertThat(deltas.get(0)).contains("Every laptop ");
        assertThat(reply.body()).contains("event:done").contains("\"output_tokens\":8");
    }

    @Test
    void whenTheModelFailsTheAnswerIsExtractiveWithOneLineSayingSo() {
        model.then(new FakeOpenAi.Failure(500)).then(new FakeOpenAi.Failure(502));

        JsonNode answer = cairn.api.ask("fallback", "Which laptops need full-disk encryption?").json();

        assertThat(answer.get("answer").asString()).startsWith(UNAVAILABLE)
                .contains("Every laptop must use full-disk encryption. [1]");
        assertThat(answer.get("citations").get(0).get("page").asInt()).isEqualTo(3);
    }

    @Test
    void aRefusedKeyIsTriedOnceAndLoggedOnceWithItsStatusButNeverTheKey(CapturedOutput output) {
        int before = model.requests.size();
        model.then(new FakeOpenAi.Failure(401, "Incorrect API key provided: sk-test."));

        JsonNode answer = cairn.api.ask("refused", "Which laptops need full-disk encryption?").json();

        assertThat(answer.get("answer").asString()).startsWith(UNAVAILABLE);
        assertThat(model.requests).hasSize(before + 1);
        List<String> lines = output.getOut().lines().filter(l -> l.contains("HTTP 401")).toList();
        assertThat(lines).singleElement().asString().contains("WARN")
                .contains("model fake-model at " + model.baseUrl() + " failed: HTTP 401 (Incorrect API key provided:")
                .endsWith("after 1 try; answering extractively");
        assertThat(output.getAll()).doesNotContain("sk-test");
    }

    @Test
    void aModelThatTimesOutFallsBackWithinTheBudget() {
        model.then(new FakeOpenAi.Stall(10_000)).then(new FakeOpenAi.Stall(10_000));

        JsonNode answer = cairn.api.ask("slow", "Which laptops need full-disk encryption?").json();

        assertThat(answer.get("answer").asString()).startsWith(UNAVAILABLE);
        assertThat(answer.get("usage").get("latency_ms").asLong()).isLessThan(8_000);
    }

    @Test
    void theModelCanSearchTheKnowledgeItselfAndCiteWhatItFound() {
        model.then(new FakeOpenAi.ToolCall("call_1", "knowledge_search", "{\"query\":\"visitor badge front desk\"}"))
                .then(new FakeOpenAi.Text(List.of("Contractors get a visitor badge at the front desk [1]."), 90, 11));

        JsonNode answer = cairn.api.ask("tools", "Where does Sam pick hers up?").json();

        assertThat(answer.get("answer").asString()).isEqualTo("Contractors get a visitor badge at the front desk [1].");
        assertThat(answer.get("citations").get(0).get("document").asString()).isEqualTo("handbook.pdf");
        assertThat(answer.get("citations").get(0).get("page").asInt()).isEqualTo(3);
        String toolResult = model.requests.get(model.requests.size() - 1);
        assertThat(toolResult).contains("Contractors receive a visitor badge at the front desk.")
                .contains("call_1");
    }

    @Test
    void theSystemPromptAsksForAnAnswerInTheQuestionsLanguage() {
        model.then(new FakeOpenAi.Text(List.of("每个发薪周期累积四小时年假 [1]。"), 400, 20))
                .then(new FakeOpenAi.Text(List.of("Four hours per pay period [1]."), 400, 9));

        JsonNode chinese = cairn.api.ask("zh-gen", "annual leave 每个发薪周期能累积多少小时？").json();
        String chineseRequest = model.requests.get(model.requests.size() - 1);
        JsonNode english = cairn.api.ask("en-gen", "How much annual leave accrues per pay period?").json();
        String englishRequest = model.requests.get(model.requests.size() - 1);

        assertThat(chinese.get("answer").asString()).startsWith("每个发薪周期累积四小时年假");
        assertThat(chineseRequest).contains("the question is in Chinese, so answer in Simplified Chinese")
                .doesNotContain("the question is in English");
        assertThat(englishRequest).contains("the question is in English, so answer in English")
                .doesNotContain("the question is in Chinese");
    }

    @Test
    void whenTheModelFailsAChineseQuestionIsToldSoInChinese() {
        model.then(new FakeOpenAi.Failure(500)).then(new FakeOpenAi.Failure(502));

        JsonNode answer = cairn.api.ask("zh-fail", "annual leave 每个发薪周期能累积多少小时？").json();

        assertThat(answer.get("answer").asString()).startsWith("（语言模型暂时不可用，以下是最相关的段落。）\n");
    }
}
