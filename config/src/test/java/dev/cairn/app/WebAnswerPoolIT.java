package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.model.openai.FakeOpenAi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON answers of the web API wait on the answer pool, not on the web server's request threads: more questions are
 * with the model at once than the server has threads, and a full pool answers 503 {@code busy}, never silence.
 */
class WebAnswerPoolIT {
    private static final String ENGLISH_QUESTION = "How much annual leave do employees accrue?";
    /** What the slow model says to every question: the handbook's leave sentence, citing passage 1. */
    private static final String ANSWER = "Employees accrue four hours of annual leave per pay period [1].";
    private static final int SERVER_THREADS = 4;

    @TempDir
    Path dataDir;

    @Test
    void moreQuestionsWaitOnTheModelThanTheWebServerHasThreads() throws Exception {
        try (FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(8_000), ANSWER);
             RunningCairn cairn = RunningCairn.start(dataDir, settings(model, 16, 100))) {
            upload(cairn);
            List<CompletableFuture<HttpResponse<String>>> answers = ask(cairn, 12, i -> ENGLISH_QUESTION);

            awaitModelRequests(model, SERVER_THREADS + 4);

            assertThat(model.requests.size()).as("questions with the model").isGreaterThan(SERVER_THREADS);
            assertThat(answers).as("all of them at once: none answered yet").noneMatch(CompletableFuture::isDone);
            assertThat(cairn.api.get("/api/v1/knowledge/documents").status())
                    .as("the server still takes requests").isEqualTo(200);
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("four hours of annual leave");
            }
        }
    }

    @Test
    void aFullAnswerPoolSaysBusyAndAnswersTheRest() throws Exception {
        try (FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(2_000), ANSWER);
             RunningCairn cairn = RunningCairn.start(dataDir, settings(model, 1, 1))) {
            upload(cairn);
            List<CompletableFuture<HttpResponse<String>>> answers = ask(cairn, 8, WebAnswerPoolIT::everyOtherInChinese);

            int answered = 0;
            int busy = 0;
            int busyInChinese = 0;
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> response = answers.get(i).get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    assertThat(response.body()).contains("four hours of annual leave");
                    answered++;
                } else {
                    assertThat(response.statusCode()).isEqualTo(503);
                    assertThat(response.body()).contains("\"busy\"").contains(i % 2 == 1
                            ? "我正在处理其他请求，这次什么也没做；请稍后再试。" : "try again in a moment");
                    busy++;
                    busyInChinese += i % 2;
                }
            }
            assertThat(answered).as("one running, one queued").isGreaterThanOrEqualTo(2);
            assertThat(busy).as("the rest found the pool full").isPositive();
            assertThat(busyInChinese).as("Chinese askers told so in Chinese").isPositive();
            assertThat(answered + busy).isEqualTo(8);
        }
    }

    private static String[] settings(FakeOpenAi model, int threads, int queue) {
        return new String[] {"cairn.llm.base-url=" + model.baseUrl(), "cairn.llm.model=slow",
                "cairn.llm.api-key=sk-test", "cairn.llm.max-retries=0", "cairn.limits.answer-threads=" + threads,
                "cairn.limits.answer-queue=" + queue, "server.tomcat.threads.max=" + SERVER_THREADS,
                "cairn.knowledge.embeddings.model=none", "cairn.knowledge.retrieval.mode=bm25"};
    }

    private static void upload(RunningCairn cairn) {
        assertThat(cairn.api.upload(Map.of("handbook.md", ("# Leave\n\nEmployees accrue four hours of annual leave "
                + "per pay period.\n").getBytes(StandardCharsets.UTF_8))).body()).contains("\"indexed\"");
    }

    private static String everyOtherInChinese(int i) {
        return i % 2 == 1 ? "annual leave 每个发薪周期能累积多少小时？" : ENGLISH_QUESTION;
    }

    private static List<CompletableFuture<HttpResponse<String>>> ask(RunningCairn cairn, int questions,
                                                                     IntFunction<String> question) {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(cairn.api.base() + "/api/v1/chat"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                            Map.of("user", "asker-" + i, "query", question.apply(i))))).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }

    private static void awaitModelRequests(FakeOpenAi model, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (model.requests.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
