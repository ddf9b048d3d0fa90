package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.RunningCairn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ingest command run in-process against the real application over HTTP, three times over the same folder. */
class IngestCommandIT {
    @TempDir
    Path dataDir;
    @TempDir
    Path folder;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One run's exit code and what it printed. */
    record Run(int code, String out, String err) {
    }

    private static Run ingest(Map<String, String> env, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, false);
        Run run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.print(run.out() + run.err());
        return run;
    }

    /** Document name to id, as the server lists them. */
    private Map<String, String> documents(String base, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/knowledge/documents"));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> names = new TreeMap<>();
        for (JsonNode d : JsonMapper.builder().build().readTree(response.body()).get("documents")) {
            names.put(d.get("name").asString(), d.get("document_id").asString());
        }
        return names;
    }

    @Test
    void sendsSupportedFilesReportsRejectionsAndLaterSendsOnlyWhatChanged() throws Exception {
        Files.writeString(folder.resolve("guide.md"), "# Parking\n\nBicycles are parked in the basement rack.\n");
        Files.writeString(folder.resolve("notes.txt"), "The standup starts at nine every weekday.\n");
        Files.createDirectories(folder.resolve("team"));
        Files.writeString(folder.resolve("team/指南.txt"), "新员工第一天领取门禁卡。\n");
        Files.write(folder.resolve("tool.exe"), new byte[] {0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0});
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        try (ConfigurableApplicationContext app = RunningCairn.context(dataDir, List.of())) {
            String base = "http://127.0.0.1:" + RunningCairn.port(app);
            String dir = folder.toString();

            Run first = ingest(Map.of(), "ingest", dir, "--url", base);
            assertThat(first.code()).isEqualTo(1);
            assertThat(first.out()).contains("Cairn at " + base + ", scope web",
                    "sent       4 (3 indexed, 0 duplicate, 1 rejected;", "unchanged  0",
                    "skipped    1 of types Cairn does not read (.exe 1)", "Rejected:");
            assertThat(first.out()).containsPattern("\\Q" + folder.resolve("empty.txt") + "\\E\\s+empty\\s+\\S+");
            assertThat(first.err()).contains("ingest: 4/4 files,", "1 rejected");
            Map<String, String> afterFirst = documents(base, null);
            assertThat(afterFirst).containsOnlyKeys("guide.md", "notes.txt", "指南.txt");
            assertThat(folder.resolve(IngestState.FILE_NAME)).exists();

            Run second = ingest(Map.of(), "ingest", dir, "--url=" + base);
            assertThat(second.code()).as("the empty file is still rejected").isEqualTo(1);
            assertThat(second.out()).contains("sent       1 (0 indexed, 0 duplicate, 1 rejected;", "unchanged  3");
            assertThat(documents(base, null)).isEqualTo(afterFirst);

            Files.delete(folder.resolve("empty.txt"));
            Run third = ingest(Map.of(), "ingest", dir, "--url", base, "--scope", "web");
            assertThat(third.code()).isEqualTo(0);
            assertThat(third.out()).contains("sent       0 (0 indexed", "unchanged  3").doesNotContain("Rejected");
            assertThat(third.err()).as("no progress when nothing is sent").isEmpty();
            assertThat(documents(base, null)).isEqualTo(afterFirst);

            Files.writeString(folder.resolve("notes.txt"), "The standup moved to ten on Mondays.\n");
            Run fourth = ingest(Map.of(), "ingest", dir, "--url", base);
            assertThat(fourth.code()).isEqualTo(0);
            assertThat(fourth.out()).contains("sent       1 (1 indexed, 0 duplicate, 0 rejected;", "unchanged  2");
            Map<String, String> afterChange = documents(base, null);
            assertThat(afterChange.keySet()).isEqualTo(afterFirst.keySet());
            assertThat(afterChange.get("notes.txt")).isNotEqualTo(afterFirst.get("notes.txt"));
            assertThat(afterChange.get("guide.md")).isEqualTo(afterFirst.get("guide.md"));
        }
    }

    @Test
    void sendsTheApiKeyFromTheEnvironmentAndStopsWithExitTwoWithoutIt() throws Exception {
        Files.writeString(folder.resolve("guide.md"), "# Parking\n\nBicycles are parked in the basement rack.\n");
        try (ConfigurableApplicationContext app = RunningCairn.context(dataDir,
                List.of("cairn.web.api-key=ingest-k3y-0042"))) {
            String base = "http://127.0.0.1:" + RunningCairn.port(app);

            Run refused = ingest(Map.of(), "ingest", folder.toString(), "--url", base);
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("Cairn at " + base + " answered 401", "CAIRN_API_KEY");
            assertThat(refused.out()).isEmpty();

            Run sent = ingest(Map.of("CAIRN_API_KEY", "ingest-k3y-0042"), "ingest", folder.toString(), "--url", base);
            assertThat(sent.code()).isEqualTo(0);
            assertThat(sent.out()).contains("sent       1 (1 indexed").doesNotContain("ingest-k3y-0042");
            assertThat(sent.err()).doesNotContain("ingest-k3y-0042");
            assertThat(documents(base, "ingest-k3y-0042")).containsOnlyKeys("guide.md");
        }
    }
}
