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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while questions are in flight: Cairn takes no new ones, answers what it can within the shutdown phase's
 * timeout and tells everyone else to ask again; nobody is left without a reply, and the process exits.
 */
class GracefulShutdownIT {
    /** What the slow model says to every question: the handbook's leave sentence, citing passage 1. */
    private static final String ANSWER = "Employees accrue four hours of annual leave per pay period [1].";
    private static final int QUESTIONS = 20;
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(8);
    @TempDir
    Path work;

    @Test
    void everyQuestionInFlightAtSigtermStreamedOrNotIsAnsweredOrToldToAskAgain() throws Exception {
        try (FakeOpenAi model = FakeOpenAi.answeringAfter(Duration.ofMillis(2_500), ANSWER);
             ChildCairn cairn = ChildCairn.start(work.resolve("data"), "cairn.llm.base-url=" + model.baseUrl(),
                     "cairn.llm.model=slow", "cairn.llm.api-key=sk-test", "cairn.llm.max-retries=0",
                     "cairn.limits.answer-threads=2",
                     "spring.lifecycle.timeout-per-shutdown-phase=" + PHASE_TIMEOUT.toSeconds() + "s")) {
            assertThat(cairn.api().upload(Map.of("handbook.md", ("# Leave\n\nEmployees accrue four hours of annual "
                    + "leave per pay period.\n").getBytes(StandardCharsets.UTF_8))).body()).contains("\"indexed\"");
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> streams = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                streams.add(http.sendAsync(question(cairn, "user-" + i, i % 2 == 0),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (model.requests.size() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(model.requests.size()).as("questions being answered").isPositive();
            Thread.sleep(1_000); // the first answers are still in the model; the other questions wait in the queue
            assertThat(streams).as("no answer has come yet").noneMatch(CompletableFuture::isDone);

            Duration exit = cairn.terminate(PHASE_TIMEOUT.plusSeconds(20));

            List<HttpResponse<String>> accepted = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> stream : streams) {
                accepted.add(stream.get(30, TimeUnit.SECONDS));
            }
            int answered = 0;
            int toldToAskAgain = 0;
            int jsonToldToAskAgain = 0;
            for (HttpResponse<String> response : accepted) {
                String events = response.body();
                boolean streamed = response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("text/event-stream");
                boolean done = (streamed ? events.contains("event:done") : response.statusCode() == 200)
                        && events.contains("four hours of annual leave");
                boolean retry = (streamed ? events.contains("event:error") && response.statusCode() == 200
                        : response.statusCode() == 503) && events.contains("\"restarting\"")
                        && events.contains("please ask again in a minute");
                assertThat(done ^ retry).as("one reply, an answer or ask-again, in %s", events).isTrue();
                answered += done ? 1 : 0;
                toldToAskAgain += retry && !done ? 1 : 0;
                jsonToldToAskAgain += retry && !streamed ? 1 : 0;
            }
            System.out.printf("SIGTERM with %d questions in flight: %d answered, %d told to ask again, exit after %d ms "
                    + "(phase timeout %d s)%n", QUESTIONS, answered, toldToAskAgain, exit.toMillis(),
                    PHASE_TIMEOUT.toSeconds());
            assertThat(answered + toldToAskAgain).isEqualTo(QUESTIONS);
            assertThat(answered).as("answered before the deadline").isPositive();
            assertThat(toldToAskAgain).as("more work than fits in the timeout").isPositive();
            assertThat(jsonToldToAskAgain).as("JSON answers too: 503 restarting").isPositive();
            assertThat(exit).isLessThan(PHASE_TIMEOUT.plusSeconds(10));
            assertThat(cairn.output()).contains("Stopping: taking no new questions");
        }
    }

    /** A question asked as a stream of events, or as one JSON answer. */
    private static HttpRequest question(ChildCairn cairn, String user, boolean streamed) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cairn.port() + "/api/v1/chat"))
                .header("Content-Type", "application/json")
                .header("Accept", streamed ? "text/event-stream" : "application/json")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"query\":\"How much annual "
                        + "leave do employees accrue?\"}")).build();
    }
}
